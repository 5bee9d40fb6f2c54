package io.storyline.analysis.pipeline;

import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.LanguagePipeline;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Timex;
import io.storyline.analysis.language.Token;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Annotates a long text in pieces cut at paragraph (else line, else space) boundaries, and joins the results with
 * their offsets in the whole text. The pipeline's memory grows with the length of what it annotates at once;
 * pieces keep it bounded, and a deadline can be checked between them.
 */
final class Chunks {

    static final int MAX_CHUNK = 20_000;

    private Chunks() {
    }

    static AnnotatedText annotate(LanguagePipeline pipeline, String text, LocalDate reference,
                                  Supplier<Instant> clock, Instant deadline) {
        if (text.length() <= MAX_CHUNK) {
            return pipeline.annotate(text, reference);
        }
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            if (deadline != null && clock.get().isAfter(deadline)) {
                throw new AnalysisTimeoutException(from, text.length());
            }
            int to = cut(text, from);
            AnnotatedText part = pipeline.annotate(text.substring(from, to), reference);
            for (Sentence s : part.sentences()) {
                sentences.add(shift(s, sentences.size(), from));
            }
            from = to;
        }
        return new AnnotatedText(text, reference, sentences);
    }

    private static int cut(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_CHUNK);
        if (limit == text.length()) {
            return limit;
        }
        int half = from + MAX_CHUNK / 2;
        for (String boundary : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = text.lastIndexOf(boundary, limit - boundary.length());
            if (at >= half) {
                return at + boundary.length();
            }
        }
        return limit;
    }

    private static Sentence shift(Sentence s, int index, int offset) {
        List<Token> tokens = s.tokens().stream().map(t -> t.shifted(offset)).toList();
        List<Timex> times = s.times().stream().map(t -> t.withSpan(t.tokenStart(), t.tokenEnd(), t.begin() + offset,
                t.end() + offset, t.text())).toList();
        List<Dependency> dependencies = s.dependencies();
        return new Sentence(index, s.begin() + offset, s.end() + offset, tokens, dependencies, times);
    }
}
