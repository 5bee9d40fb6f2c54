package io.storyline.analysis.events;

import io.storyline.analysis.times.FoundTime;
import io.storyline.domain.event.EventDateSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which time expression of a sentence dates which event. An expression belongs to the events whose clause it hangs
 * in ("met on Wednesday", "the call ... on April 4"); one that hangs in no event's clause may date any event of
 * the sentence, the nearest first.
 */
final class EventTimes {

    /** The expression chosen for an event, and how; {@code time} is null when none was. */
    record Choice(FoundTime time, EventDateSource source) {
    }

    private final List<FoundTime> unclaimed = new ArrayList<>();
    private final Map<Triggers.Match, List<FoundTime>> claimed = new IdentityHashMap<>();

    EventTimes(Parse parse, Clauses clauses, List<FoundTime> times) {
        for (FoundTime t : times) {
            if (!dates(t)) {
                continue;
            }
            List<Triggers.Match> owners = clauses.claiming(clauses.headOfSpan(t.tokenStart(), t.tokenEnd()));
            if (owners.isEmpty()) {
                unclaimed.add(t);
            }
            for (Triggers.Match m : owners) {
                claimed.computeIfAbsent(m, k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** Whether the expression names a time an event can be placed at: a date or time, resolved. */
    private static boolean dates(FoundTime t) {
        return t.isPoint() && t.value() != null && (t.interval().isPresent() || t.value().equals("PRESENT_REF"));
    }

    Choice choose(Triggers.Match m) {
        List<FoundTime> own = claimed.getOrDefault(m, List.of());
        if (!own.isEmpty()) {
            return new Choice(nearest(own, m), EventDateSource.GOVERNING_EXPRESSION);
        }
        if (!unclaimed.isEmpty()) {
            return new Choice(nearest(unclaimed, m), EventDateSource.SAME_SENTENCE);
        }
        return new Choice(null, null);
    }

    private static FoundTime nearest(List<FoundTime> times, Triggers.Match m) {
        return times.stream().min(Comparator.comparingInt((FoundTime t) -> t.interval()
                        .map(v -> v.granularity().ordinal()).orElse(1))
                .thenComparingInt(t -> Math.abs(t.tokenStart() - m.head()))).orElseThrow();
    }
}
