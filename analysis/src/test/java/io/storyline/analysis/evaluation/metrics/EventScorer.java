package io.storyline.analysis.evaluation.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one document's TimeML events, TempEval-3 style: a predicted event matches the gold event with exactly its
 * span, one to one; attributes are compared case aside, and an attribute the system left out is wrong.
 */
public final class EventScorer {

    private EventScorer() {}

    public static EventScore score(List<EventAnnotation> gold, List<EventAnnotation> predicted) {
        Map<Long, EventAnnotation> unmatched = new HashMap<>();
        for (EventAnnotation g : gold) {
            unmatched.putIfAbsent(key(g), g);
        }
        int matched = 0;
        int tense = 0;
        int aspect = 0;
        int polarity = 0;
        int eventClass = 0;
        int timesRight = 0;
        int timesWrong = 0;
        int linked = 0;
        for (EventAnnotation p : predicted) {
            EventAnnotation g = unmatched.remove(key(p));
            if (g == null) {
                continue;
            }
            matched++;
            tense += same(g.tense(), p.tense());
            aspect += same(g.aspect(), p.aspect());
            polarity += same(g.polarity(), p.polarity());
            eventClass += same(g.eventClass(), p.eventClass());
            if (g.time() != null) {
                linked++;
                if (p.time() != null && day(g.time()).equals(day(p.time()))) {
                    timesRight++;
                } else if (p.time() != null) {
                    timesWrong++;
                }
            }
        }
        return new EventScore(PrfCounts.ofMatches(matched, predicted.size(), gold.size()), tense, aspect, polarity,
                eventClass, new PrfCounts(timesRight, timesWrong, linked - timesRight));
    }

    /** A value's date part: 1998-11-20 of 1998-11-20T19:30. */
    private static String day(String value) {
        int t = value.indexOf('T');
        return t < 0 ? value : value.substring(0, t);
    }

    private static long key(EventAnnotation e) {
        return ((long) e.begin() << 32) | (e.end() & 0xffffffffL);
    }

    private static int same(String gold, String predicted) {
        return gold != null && predicted != null && gold.equalsIgnoreCase(predicted) ? 1 : 0;
    }
}
