package io.storyline.analysis.language.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.AnnotationInterruptedException;
import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.LanguagePipeline;
import io.storyline.analysis.language.Markup;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Timex;
import io.storyline.analysis.language.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * {@link LanguagePipeline} on Stanford CoreNLP. One instance serves every thread. It runs in two steps: tokens and
 * sentences first, so that over-long sentences can be broken ({@link LongSentences}) before the taggers, SUTime and
 * the parser see them; then the rest. Tokens that touch markup ({@link Markup}) never carry an entity tag.
 */
public final class CoreNlpPipeline implements LanguagePipeline {

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP taggers;
    private final CoreNlpSettings settings;

    private CoreNlpPipeline(StanfordCoreNLP splitter, StanfordCoreNLP taggers, CoreNlpSettings settings) {
        this.splitter = splitter;
        this.taggers = taggers;
        this.settings = settings;
    }

    /** Loads the models (10–20 s and about 0.5 GB of heap with the dependency parser). */
    public static CoreNlpPipeline load(CoreNlpSettings settings) {
        Objects.requireNonNull(settings, "settings");
        // The taggers' step finds tokens and sentences in place: CoreNLP need not check that an annotator made them.
        return new CoreNlpPipeline(new StanfordCoreNLP(settings.splitting()),
                new StanfordCoreNLP(settings.tagging(), false), settings);
    }

    public CoreNlpSettings settings() {
        return settings;
    }

    /**
     * {@inheritDoc}
     *
     * @throws AnnotationInterruptedException when the calling thread is interrupted meanwhile
     */
    @Override
    public AnnotatedText annotate(String text, LocalDate referenceDate) {
        Objects.requireNonNull(text, "text");
        try {
            Annotation annotation = split(text, referenceDate);
            String bounded = LongSentences.bound(text, annotation.get(CoreAnnotations.SentencesAnnotation.class));
            if (bounded != text) {
                annotation = split(bounded, referenceDate);
            }
            taggers.annotate(annotation);
            BitSet markup = Markup.in(text);
            List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
            List<Sentence> result = new ArrayList<>(sentences.size());
            for (CoreMap sentence : sentences) {
                result.add(sentence(result.size(), sentence, markup));
            }
            return new AnnotatedText(text, referenceDate, result);
        } catch (RuntimeInterruptedException e) {
            throw new AnnotationInterruptedException(e);
        }
    }

    private Annotation split(String text, LocalDate referenceDate) {
        Annotation annotation = new Annotation(text);
        if (referenceDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        splitter.annotate(annotation);
        return annotation;
    }

    private Sentence sentence(int index, CoreMap sentence, BitSet markup) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String word = label.originalText() != null ? label.originalText() : label.word();
            int touched = markup.nextSetBit(label.beginPosition());
            boolean isMarkup = touched >= 0 && touched < label.endPosition();
            tokens.add(new Token(tokens.size(), label.beginPosition(), label.endPosition(), word,
                    orElse(label.lemma(), word), orElse(label.tag(), "X"), isMarkup ? "O" : orElse(label.ner(), "O"),
                    isMarkup));
        }
        int begin = tokens.isEmpty() ? sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                : tokens.get(0).begin();
        int end = tokens.isEmpty() ? begin : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, dependencies(sentence), times(sentence, tokens));
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> found = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            found.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            found.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        return found;
    }

    private static List<Timex> times(CoreMap sentence, List<Token> tokens) {
        List<CoreMap> timexes = sentence.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null || tokens.isEmpty()) {
            return List.of();
        }
        List<Timex> found = new ArrayList<>();
        for (CoreMap m : timexes) {
            edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || begin == null || end == null) {
                continue;
            }
            int start = -1;
            int stop = -1;
            for (Token t : tokens) {
                if (start < 0 && t.end() > begin) {
                    start = t.index();
                }
                if (t.begin() < end) {
                    stop = t.index() + 1;
                }
            }
            if (start < 0 || stop <= start) {
                continue;
            }
            found.add(new Timex(start, stop, begin, end, m.get(CoreAnnotations.TextAnnotation.class),
                    timex.timexType(), timex.value(), timex.altVal()));
        }
        return found;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
