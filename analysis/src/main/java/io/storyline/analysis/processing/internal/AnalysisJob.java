package io.storyline.analysis.processing.internal;

import io.storyline.domain.document.ReferenceSource;
import java.time.LocalDate;

/** A document claimed for analysis: what the worker needs, read in the claim's transaction. */
record AnalysisJob(long id, String text, LocalDate reference, ReferenceSource source, String language,
                   String mediaType, int attempts) {
}
