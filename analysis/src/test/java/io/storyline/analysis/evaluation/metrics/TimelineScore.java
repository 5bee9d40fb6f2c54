package io.storyline.analysis.evaluation.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Timeline figures per target entity, and their micro average.
 *
 * @param byTimeline counts per gold timeline, named by its target entity, in name order
 */
public record TimelineScore(Map<String, RelationCounts> byTimeline) {

    public static final TimelineScore ZERO = new TimelineScore(Map.of());

    public TimelineScore {
        byTimeline = Collections.unmodifiableMap(new TreeMap<>(byTimeline));
    }

    /** One timeline's counts. */
    public static TimelineScore of(String target, RelationCounts counts) {
        return new TimelineScore(Map.of(target, counts));
    }

    /** The counts for one target; zero when there was no such timeline. */
    public RelationCounts timeline(String target) {
        return byTimeline.getOrDefault(target, RelationCounts.ZERO);
    }

    /** Micro average: numerators and denominators summed over the timelines. */
    public RelationCounts overall() {
        return byTimeline.values().stream().reduce(RelationCounts.ZERO, RelationCounts::plus);
    }

    public TimelineScore plus(TimelineScore other) {
        Map<String, RelationCounts> sum = new TreeMap<>(byTimeline);
        other.byTimeline.forEach((target, counts) -> sum.merge(target, counts, RelationCounts::plus));
        return new TimelineScore(sum);
    }
}
