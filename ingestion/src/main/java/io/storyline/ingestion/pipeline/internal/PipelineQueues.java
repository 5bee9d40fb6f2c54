package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.Pipeline;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

/**
 * Wakes workers up. Sent inside a transaction, a message leaves only if the transaction commits, so a worker
 * never looks for a row that is not there yet.
 */
@ApplicationScoped
public class PipelineQueues {

    @Inject
    JMSContext jms;

    @Resource(lookup = Pipeline.EXTRACTION_QUEUE)
    Queue extraction;

    @Resource(lookup = Pipeline.ANALYSIS_QUEUE)
    Queue analysis;

    public void requestExtraction(long documentId) {
        jms.createProducer().send(extraction, Long.toString(documentId));
    }

    public void requestExtraction(long documentId, Duration delay) {
        jms.createProducer().setDeliveryDelay(delay.toMillis()).send(extraction, Long.toString(documentId));
    }

    public void announceExtracted(long documentId) {
        jms.createProducer().send(analysis, Long.toString(documentId));
    }
}
