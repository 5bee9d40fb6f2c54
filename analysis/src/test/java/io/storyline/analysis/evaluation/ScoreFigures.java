package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.metrics.EntityScore;
import io.storyline.analysis.evaluation.metrics.EventScore;
import io.storyline.analysis.evaluation.metrics.MeantimeScore;
import io.storyline.analysis.evaluation.metrics.TimeScore;
import io.storyline.analysis.evaluation.metrics.TimelineScore;
import java.util.ArrayList;
import java.util.List;

/** Which figures each set reports, in report order; the Markdown and JSON reports share them. */
final class ScoreFigures {

    /** What the timeline figures compare with; the trial data is not the test data it was measured on. */
    static final String TIMELINE_ANCHOR = "best published system from raw text (SemEval-2015 Task 4, track A,"
            + " test data): F1 7.85";

    private ScoreFigures() {}

    static List<Figure> time(TimeScore score) {
        return times("", "", score);
    }

    static List<Figure> events(EventScore score) {
        return List.of(new Figure.Prf("strict", "**Strict span P / R / F1**", score.strict()),
                new Figure.Ratio("tenseAccuracy", "tense accuracy (matches)", score.tenseAccuracy()),
                new Figure.Ratio("aspectAccuracy", "aspect accuracy (matches)", score.aspectAccuracy()),
                new Figure.Ratio("polarityAccuracy", "polarity accuracy (matches)", score.polarityAccuracy()),
                new Figure.Ratio("classAccuracy", "class accuracy (matches)", score.classAccuracy()),
                new Figure.Prf("times", "Event-time anchors vs TLINKs (matches) P / R / F1", score.times()));
    }

    static List<Figure> entities(EntityScore score) {
        List<Figure> figures = new ArrayList<>();
        for (String type : ConllSet.TYPES) {
            figures.add(new Figure.Prf(type, type + " P / R / F1", score.type(type)));
        }
        figures.add(new Figure.Prf("overall", "**Overall (micro) P / R / F1**", score.overall()));
        return figures;
    }

    static List<Figure> meantime(MeantimeScore score) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure.Prf("entities", "Entity mentions, untyped P / R / F1", score.entities()));
        figures.add(new Figure.Prf("typedEntities", "Entity mentions, typed P / R / F1", score.typedEntities()));
        figures.add(new Figure.Prf("namedEntities", "Named mentions (NAM), untyped P / R / F1", score.namedEntities()));
        figures.add(new Figure.Prf("typedNamedEntities", "Named mentions (NAM), typed P / R / F1",
                score.typedNamedEntities()));
        figures.add(new Figure.Prf("events", "Event mentions P / R / F1", score.events()));
        figures.add(new Figure.Prf("newsEvents", "Event mentions, news events only P / R / F1", score.newsEvents()));
        figures.addAll(times("times.", "Times: ", score.times()));
        figures.add(new Figure.Prf("participants", "Participants (event, entity) P / R / F1", score.participants()));
        return figures;
    }

    static List<Figure> timelines(TimelineScore score) {
        List<Figure> figures = new ArrayList<>();
        score.byTimeline().forEach((target, counts) -> figures.add(
                new Figure.Relations("timeline." + target, target + " P / R / F1", counts)));
        figures.add(new Figure.Relations("overall", "**Micro P / R / F1**", score.overall()));
        return figures;
    }

    private static List<Figure> times(String keyPrefix, String labelPrefix, TimeScore score) {
        return List.of(
                new Figure.Prf(keyPrefix + "strict", labelPrefix + "strict span P / R / F1", score.strict()),
                new Figure.Prf(keyPrefix + "relaxed", labelPrefix + "relaxed span P / R / F1", score.relaxed()),
                new Figure.Ratio(keyPrefix + "typeAccuracy", labelPrefix + "type accuracy (relaxed matches)",
                        score.typeAccuracy()),
                new Figure.Ratio(keyPrefix + "valueAccuracy", labelPrefix + "value accuracy (relaxed matches)",
                        score.valueAccuracy()),
                new Figure.Ratio(keyPrefix + "valueF1", "**" + labelPrefix + "value F1**", score.valueF1()));
    }
}
