package io.storyline.analysis.evaluation.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores one MEANTIME document. Mentions match by token overlap, one-to-one. For the named-only
 * figures a prediction that matches no named gold mention but overlaps another gold mention (a
 * pronoun, a description) is left out rather than counted wrong: the gold simply does not say
 * whether it is a name.
 */
public final class MeantimeScorer {

    /** The entity types MEANTIME annotates; a predicted type outside them can never match typed. */
    public static final Set<String> GOLD_TYPES = Set.of("PER", "ORG", "LOC", "PRO", "FIN", "MIX");

    private MeantimeScorer() {}

    public static MeantimeScore score(MeantimeAnnotations gold, MeantimeAnnotations predicted) {
        List<EntityMention> entities = predicted.entities();
        return new MeantimeScore(
                mentions(gold.entities(), entities, false, mention -> true),
                mentions(gold.entities(), entities, true, mention -> true),
                mentions(gold.entities(), entities, false, EntityMention::isNamed),
                mentions(gold.entities(), entities, true, EntityMention::isNamed),
                events(gold.events(), predicted.events()),
                TimeScorer.score(gold.times(), predicted.times()),
                participants(gold.participants(), predicted.participants()),
                events(gold.events(), predicted.newsEvents()));
    }

    /**
     * @param counted which gold mentions are scored; predictions matching none of them but overlapping
     *     one of the others are ignored
     */
    static PrfCounts mentions(List<EntityMention> gold, List<EntityMention> predicted, boolean typed,
            Predicate<EntityMention> counted) {
        List<EntityMention> scored = gold.stream().filter(counted).toList();
        List<EntityMention> unscored = gold.stream().filter(counted.negate()).toList();
        List<GreedyMatching.Pair> pairs = GreedyMatching.match(scored.size(), predicted.size(), (g, p) -> {
            EntityMention goldMention = scored.get(g);
            EntityMention prediction = predicted.get(p);
            boolean typeOk = !typed || GOLD_TYPES.contains(prediction.type())
                    && prediction.type().equals(goldMention.type());
            return typeOk ? goldMention.extent().overlap(prediction.extent()) : 0;
        });
        boolean[] matched = new boolean[predicted.size()];
        pairs.forEach(pair -> matched[pair.predicted()] = true);
        int falsePositives = 0;
        for (int p = 0; p < predicted.size(); p++) {
            Extent extent = predicted.get(p).extent();
            if (!matched[p] && unscored.stream().noneMatch(mention -> mention.extent().overlap(extent) > 0)) {
                falsePositives++;
            }
        }
        return new PrfCounts(pairs.size(), falsePositives, scored.size() - pairs.size());
    }

    static PrfCounts events(List<Extent> gold, List<Extent> predicted) {
        int matched = GreedyMatching.match(gold.size(), predicted.size(),
                (g, p) -> gold.get(g).overlap(predicted.get(p))).size();
        return PrfCounts.ofMatches(matched, predicted.size(), gold.size());
    }

    /** The same pair stated twice (say with two roles) is one participant. */
    static PrfCounts participants(List<ParticipantPair> gold, List<ParticipantPair> predicted) {
        List<ParticipantPair> goldPairs = new ArrayList<>(new LinkedHashSet<>(gold));
        List<ParticipantPair> predictedPairs = new ArrayList<>(new LinkedHashSet<>(predicted));
        int matched = GreedyMatching.match(goldPairs.size(), predictedPairs.size(),
                (g, p) -> goldPairs.get(g).overlap(predictedPairs.get(p))).size();
        return PrfCounts.ofMatches(matched, predictedPairs.size(), goldPairs.size());
    }
}
