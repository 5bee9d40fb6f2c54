package io.storyline.ingestion.pipeline;

import io.storyline.domain.document.DocumentFilter;

/** What people do to the pipeline: send failed documents through it again. */
public interface PipelineControl {

    /**
     * Puts one failed document back at the start of the pipeline.
     *
     * @throws io.storyline.ingestion.catalog.DocumentNotFoundException when there is no such document
     * @throws NotRetryableException                                    when the document has not failed
     */
    void retry(long documentId, String user);

    /**
     * Puts every failed document the filter matches back at the start of the pipeline (the filter's status is
     * ignored: only FAILED documents are retried), at most {@value #MAX_RETRY} at a time.
     *
     * @return how many documents were retried
     */
    int retryAll(DocumentFilter filter, String user);

    /**
     * Reads again every extracted, analysed or failed document the filter matches (after an upgrade of the
     * readers, say), at most {@value #MAX_RETRY} at a time. What people decided stays.
     *
     * @return how many documents go through the pipeline again
     */
    int reextractAll(DocumentFilter filter, String user);

    int MAX_RETRY = 10_000;
}
