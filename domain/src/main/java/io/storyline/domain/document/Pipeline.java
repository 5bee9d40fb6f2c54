package io.storyline.domain.document;

/**
 * Where ingestion and analysis meet: the queues that wake their workers. A message carries only a document id;
 * the document's row is the truth, so a message may come twice or be lost without harm.
 *
 * <p>The application defines its queues itself (the ingestion module, deployed first, declares both with
 * {@code @JMSDestinationDefinition}), under portable {@code java:app} names, so the same EAR finds them on WildFly
 * and on Payara; the server supplies only its default JMS connection factory.
 */
public final class Pipeline {

    /** Documents {@link DocumentStatus#RECEIVED} and waiting for extraction. */
    public static final String EXTRACTION_QUEUE = "java:app/jms/storyline/extraction";

    /** Documents {@link DocumentStatus#EXTRACTED} and waiting for analysis. */
    public static final String ANALYSIS_QUEUE = "java:app/jms/storyline/analysis";

    /** The broker's name of the extraction queue (the server's queue settings match {@code storyline.#}). */
    public static final String EXTRACTION_QUEUE_NAME = "storyline.extraction";

    /** The broker's name of the analysis queue. */
    public static final String ANALYSIS_QUEUE_NAME = "storyline.analysis";

    private Pipeline() {
    }
}
