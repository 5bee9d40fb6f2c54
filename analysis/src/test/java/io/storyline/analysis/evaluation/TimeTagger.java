package io.storyline.analysis.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * A system that finds and normalises time expressions, measured on TempEval-3. Called from several
 * threads at once, one document per call.
 */
public interface TimeTagger {

    /** A short name, unique among the time taggers; it names the system's column and prediction folder. */
    String name();

    /**
     * @param text a document's raw text
     * @param documentDate the document's creation date, to resolve "yesterday"; may be null
     * @return the expressions found, with offsets into {@code text}
     */
    List<TimexPrediction> tag(String text, LocalDate documentDate);
}
