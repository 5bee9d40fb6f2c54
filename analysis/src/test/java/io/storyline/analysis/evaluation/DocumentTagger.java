package io.storyline.analysis.evaluation;

import java.time.LocalDate;

/**
 * A system that reads a whole document for entities, events, times and participants, measured on
 * MEANTIME. Called from several threads at once, one document per call.
 */
public interface DocumentTagger {

    /** A short name, unique among the document taggers; it names the system's column and prediction folder. */
    String name();

    /**
     * @param text a document's raw text
     * @param documentDate the document's creation date; may be null
     * @return what was found, with offsets into {@code text}
     */
    DocumentPrediction tag(String text, LocalDate documentDate);
}
