package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.formats.ConllCorpus;
import io.storyline.analysis.evaluation.formats.ConllDocument;
import io.storyline.analysis.evaluation.formats.ConllReader;
import io.storyline.analysis.evaluation.formats.ConllSentence;
import io.storyline.analysis.evaluation.formats.ConllWriter;
import io.storyline.analysis.evaluation.formats.Iob1;
import io.storyline.analysis.evaluation.metrics.EntityScore;
import io.storyline.analysis.evaluation.metrics.ExactSpanScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entity taggers on a gold set in the CoNLL column format, document by document: the CoNLL-2003 English
 * development set (Reuters news) and Wikigold (Wikipedia articles), scored the same way.
 */
final class ConllSet {

    /** The CoNLL-2003 set's folder. */
    static final String NAME = "conll2003";

    /** Wikigold's folder: the same four types in another register, so entity rules are checked on both. */
    static final String WIKIGOLD = "wikigold";

    /** Each entity set's folder and gold file, in report order. */
    static final Map<String, String> FILES = Map.of(NAME, "eng.testa", WIKIGOLD, "wikigold.conll");

    /** The entity types CoNLL-2003 annotates, in the order the report lists them. */
    static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    private final SetContext context;
    private final String name;

    ConllSet(SetContext context, String name) {
        this.context = context;
        this.name = name;
    }

    SetResult<EntityScore> run(Path file, List<EntityTagger> taggers) throws IOException {
        ConllCorpus corpus = new ConllReader().read(file).first(context.settings().limit());
        List<ConllDocument> documents = corpus.documents();
        List<List<TokenSpan>> gold = documents.stream().map(ConllSet::goldSpans).toList();
        Map<String, Integer> goldCounts = new LinkedHashMap<>();
        goldCounts.put("sentences", documents.stream().mapToInt(document -> document.sentences().size()).sum());
        goldCounts.put("entities", gold.stream().mapToInt(List::size).sum());
        for (String type : TYPES) {
            goldCounts.put(type, (int) gold.stream().flatMap(List::stream).filter(s -> s.type().equals(type)).count());
        }
        List<SystemResult<EntityScore>> results = new ArrayList<>();
        for (EntityTagger tagger : taggers) {
            context.messages().progress(name + ": running " + tagger.name() + " on " + documents.size() + " documents");
            DocumentPool.Batch<List<TokenSpan>> batch = context.pool().run(documents,
                    document -> tagger.tag(document.words()));
            EntityScore score = EntityScore.ZERO;
            List<List<List<String>>> tags = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                List<TokenSpan> predicted = SetContext.present(batch.predictions().get(d));
                score = score.plus(ExactSpanScorer.score(gold.get(d), predicted, TokenSpan::type));
                tags.add(tags(documents.get(d), predicted));
            }
            new ConllWriter().write(context.predictions(tagger.name(), name).resolve(file.getFileName().toString()),
                    corpus, tags);
            results.add(new SystemResult<>(tagger.name(), score, batch.elapsed(), batch.errors(), batch.firstError()));
            context.messages().failures(name, tagger.name(), batch);
        }
        long tokens = documents.stream().mapToLong(ConllDocument::tokenCount).sum();
        return new SetResult<>(name, documents.size(), tokens, "tokens", goldCounts, results);
    }

    private static List<TokenSpan> goldSpans(ConllDocument document) {
        List<TokenSpan> spans = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            for (Iob1.Chunk chunk : document.sentences().get(s).entities()) {
                spans.add(new TokenSpan(s, chunk.start(), chunk.end(), chunk.type()));
            }
        }
        return spans;
    }

    /** IOB1 tags per sentence; spans that cannot be tagged (outside the sentence, overlapping) are dropped. */
    private static List<List<String>> tags(ConllDocument document, List<TokenSpan> predicted) {
        List<List<String>> tags = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            int sentence = s;
            ConllSentence gold = document.sentences().get(s);
            tags.add(Iob1.encode(gold.tokens().size(), predicted.stream()
                    .filter(span -> span.sentence() == sentence && span.type() != null)
                    .map(span -> new Iob1.Chunk(span.start(), span.end(), span.type()))
                    .toList()));
        }
        return tags;
    }
}
