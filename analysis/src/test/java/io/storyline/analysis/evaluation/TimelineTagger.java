package io.storyline.analysis.evaluation;

import io.storyline.analysis.pipeline.DocumentAnalysis;
import java.time.LocalDate;

/**
 * A system whose events, with their participants, places and dates, are put on timelines by the server's own
 * {@link io.storyline.analysis.timeline.TimelineAssembler}; measured on the SemEval-2015 Task 4 timelines.
 * Called from several threads at once, one document per call.
 */
public interface TimelineTagger {

    /** A short name, unique among the timeline taggers; it names the system's column and prediction folder. */
    String name();

    /**
     * @param text a document's raw text
     * @param documentDate the document's creation date; may be null
     * @return the analysis, with offsets into {@code text}
     */
    DocumentAnalysis analyze(String text, LocalDate documentDate);
}
