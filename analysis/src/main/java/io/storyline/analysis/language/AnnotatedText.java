package io.storyline.analysis.language;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A text as the language pipeline saw it. Every offset is a character offset into {@link #text()}.
 *
 * @param referenceDate the day relative time expressions were resolved against, or {@code null}
 */
public record AnnotatedText(String text, LocalDate referenceDate, List<Sentence> sentences) {

    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /** The text between two offsets. */
    public String span(int begin, int end) {
        return text.substring(begin, end);
    }
}
