package io.storyline.analysis.language.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import io.storyline.analysis.pipeline.RealModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sentences are bounded before the taggers see them, and the text the rest of Storyline sees stays as it was. */
class LongSentencesTest {

    private static final StanfordCoreNLP SPLITTER = new StanfordCoreNLP(CoreNlpSettings.storyline().splitting());

    /** Words of news, in an order no sentence ends: no '.', '!', '?' and no line break. */
    private static String unbroken(int words, String separator) {
        String[] vocabulary = RealModels.sample("blinken-netanyahu-rafah.txt").replaceAll("[.!?\\n\\r,;:]", " ")
                .strip().split("\\s+");
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : i % 9 == 0 ? separator : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.toString();
    }

    private static List<CoreMap> sentences(String text) {
        Annotation annotation = new Annotation(text);
        SPLITTER.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    @Test
    void aLongRunOfWordsBecomesSentencesWithinTheBoundsAndKeepsItsText() {
        String text = unbroken(3_000, " ");
        AnnotatedText annotated = RealModels.pipeline().annotate(text, LocalDate.of(2024, 5, 1));

        assertEquals(text, annotated.text());
        assertTrue(annotated.sentences().size() > 1, "one sentence of 3,000 words");
        for (Sentence s : annotated.sentences()) {
            assertTrue(s.tokens().size() <= LongSentences.MAX_TOKENS, s.tokens().size() + " tokens");
            assertTrue(s.end() - s.begin() <= LongSentences.MAX_CHARS, (s.end() - s.begin()) + " characters");
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.begin(), t.end()), "offsets point into the text as it was");
            }
        }
        int tokens = sentences(text).stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        assertEquals(tokens, annotated.tokenCount(), "the same tokens as without the breaks");
        assertTrue(annotated.sentences().stream().allMatch(s -> s.tokens().stream()
                .anyMatch(t -> !t.tag().equals("X"))), "every sentence is tagged");
    }

    @Test
    void aBreakComesAfterACommaWhereThereIsOne() {
        String text = unbroken(2_000, ", ");
        String bounded = LongSentences.bound(text, sentences(text));

        assertEquals(text.length(), bounded.length());
        int breaks = 0;
        for (int i = 0; i < bounded.length(); i++) {
            if (bounded.charAt(i) != text.charAt(i)) {
                breaks++;
                assertEquals('\n', bounded.charAt(i));
                assertEquals(' ', text.charAt(i), "a space became the line break");
                assertEquals(',', text.charAt(i - 1), "after a comma: " + text.substring(Math.max(0, i - 40), i));
            }
        }
        assertTrue(breaks >= 2_000 / LongSentences.MAX_TOKENS, breaks + " breaks");
    }

    @Test
    void withoutSpacesOnePunctuationMarkBecomesTheBreak() {
        String text = "a,".repeat(2_000);
        String bounded = LongSentences.bound(text, sentences(text));

        assertEquals(text.length(), bounded.length());
        for (CoreMap sentence : sentences(bounded)) {
            assertTrue(sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= LongSentences.MAX_TOKENS);
        }
    }

    @Test
    void newsIsLeftAsItIs() throws IOException {
        String article = RealModels.sample("blinken-netanyahu-rafah.txt");
        assertSame(article, LongSentences.bound(article, sentences(article)));
        Path tbaq = Path.of(System.getProperty("storyline.eval.dir", "../../shared/eval"), "tempeval3-tbaq");
        if (Files.isDirectory(tbaq)) {
            try (var files = Files.walk(tbaq)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tml")).limit(60).toList()) {
                    String tml = Files.readString(f);
                    String text = tml.substring(tml.indexOf("<TEXT>") + 6, tml.indexOf("</TEXT>"))
                            .replaceAll("<[^>]*>", "");
                    assertSame(text, LongSentences.bound(text, sentences(text)), f.toString());
                }
            }
        }
    }
}
