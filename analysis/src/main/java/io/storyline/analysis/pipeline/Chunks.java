package io.storyline.analysis.pipeline;

import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.AnnotationInterruptedException;
import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.LanguagePipeline;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Timex;
import io.storyline.analysis.language.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Annotates a long text in pieces cut at paragraph (else line, else space) boundaries, and joins the results with
 * their offsets in the whole text. The pipeline's memory grows with the length of what it annotates at once;
 * pieces keep it bounded, and the time limit is checked between them (and, through an interruption, within them).
 */
final class Chunks {

    static final int MAX_CHUNK = 20_000;

    private Chunks() {
    }

    /**
     * Annotates the text.
     *
     * @param timeUp says whether the analysis is out of time; asked between pieces, and when the pipeline was
     *               interrupted in one
     * @throws AnalysisTimeoutException when the time is up
     */
    static AnnotatedText annotate(LanguagePipeline pipeline, String text, LocalDate reference, BooleanSupplier timeUp) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            if (timeUp.getAsBoolean()) {
                throw new AnalysisTimeoutException(from, text.length());
            }
            int to = cut(text, from);
            AnnotatedText part;
            try {
                part = pipeline.annotate(from == 0 && to == text.length() ? text : text.substring(from, to), reference);
            } catch (AnnotationInterruptedException e) {
                if (timeUp.getAsBoolean()) {
                    throw new AnalysisTimeoutException(from, text.length());
                }
                throw e;
            }
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
        if (offset == 0 && index == s.index()) {
            return s;
        }
        List<Token> tokens = s.tokens().stream().map(t -> t.shifted(offset)).toList();
        List<Timex> times = s.times().stream().map(t -> t.withSpan(t.tokenStart(), t.tokenEnd(), t.begin() + offset,
                t.end() + offset, t.text())).toList();
        List<Dependency> dependencies = s.dependencies();
        return new Sentence(index, s.begin() + offset, s.end() + offset, tokens, dependencies, times);
    }
}
