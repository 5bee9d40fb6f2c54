package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.metrics.EventAnnotation;
import java.time.LocalDate;
import java.util.List;

/**
 * A system that finds TimeML events with their attributes, measured on TempEval-3's EVENT tags. Called from several
 * threads at once, one document per call.
 */
public interface EventMentionTagger {

    /** A short name, unique among the event taggers; it names the system's column. */
    String name();

    /**
     * @param text a document's raw text
     * @param documentDate the document's creation date; may be null
     * @return the events found, with offsets into {@code text}
     */
    List<EventAnnotation> tag(String text, LocalDate documentDate);
}
