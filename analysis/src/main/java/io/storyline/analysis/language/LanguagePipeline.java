package io.storyline.analysis.language;

import java.time.LocalDate;

/**
 * Annotates text. Implementations are loaded once and shared: {@link #annotate} may be called from several
 * threads at once.
 */
public interface LanguagePipeline {

    /**
     * Splits the text into sentences and tokens, tags them, and finds the time expressions, resolving relative
     * ones ("on Wednesday", "April 4") against {@code referenceDate}.
     *
     * @param referenceDate the day the text speaks from (its publication date); {@code null} when unknown, and
     *                      then relative expressions stay unresolved
     */
    AnnotatedText annotate(String text, LocalDate referenceDate);
}
