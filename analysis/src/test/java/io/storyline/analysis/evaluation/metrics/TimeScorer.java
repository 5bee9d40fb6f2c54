package io.storyline.analysis.evaluation.metrics;

import java.util.List;

/**
 * Scores one document's time expressions the TempEval-3 way. Strict and relaxed matches are two
 * separate one-to-one matchings; type and value are judged on the relaxed pairs.
 */
public final class TimeScorer {

    private TimeScorer() {}

    public static TimeScore score(List<TimeMention> gold, List<TimeMention> predicted) {
        int strict = GreedyMatching.match(gold.size(), predicted.size(),
                (g, p) -> gold.get(g).extent().equals(predicted.get(p).extent()) && !gold.get(g).extent().isEmpty()
                        ? 1 : 0).size();
        List<GreedyMatching.Pair> relaxed = GreedyMatching.match(gold.size(), predicted.size(),
                (g, p) -> gold.get(g).extent().overlap(predicted.get(p).extent()));
        int types = 0;
        int values = 0;
        for (GreedyMatching.Pair pair : relaxed) {
            TimeMention g = gold.get(pair.gold());
            TimeMention p = predicted.get(pair.predicted());
            types += g.sameType(p) ? 1 : 0;
            values += g.sameValue(p) ? 1 : 0;
        }
        return new TimeScore(gold.size(), predicted.size(), strict, relaxed.size(), types, values);
    }
}
