package io.storyline.domain.document;

/**
 * Where ingestion and analysis meet: the queues that wake their workers. A message carries only a document id;
 * the document's row is the truth, so a message may come twice or be lost without harm.
 */
public final class Pipeline {

    /** Documents {@link DocumentStatus#RECEIVED} and waiting for extraction. */
    public static final String EXTRACTION_QUEUE = "java:/jms/queue/storyline/extraction";

    /** Documents {@link DocumentStatus#EXTRACTED} and waiting for analysis. */
    public static final String ANALYSIS_QUEUE = "java:/jms/queue/storyline/analysis";

    private Pipeline() {
    }
}
