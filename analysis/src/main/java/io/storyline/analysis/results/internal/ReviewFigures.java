package io.storyline.analysis.results.internal;

import io.storyline.analysis.results.ReviewFigure;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository.SpanVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reviewed share and measured precision from people's active decisions. One mention or event counts once however
 * many decisions it has: rejected or given another type, it was wrong; accepted, linked to another entity or
 * corrected in a detail (date, place, participants), it was right. Mentions people added themselves are not the
 * machine's and are not counted. Rejected results are no longer stored, so they are added to the totals.
 */
final class ReviewFigures {

    private ReviewFigures() {
    }

    static List<ReviewFigure> of(List<SpanVerdict> verdicts, Map<String, Long> mentionsByType,
                                 Map<String, Long> eventsByType) {
        Map<String, Subject> subjects = new LinkedHashMap<>();
        for (SpanVerdict v : verdicts) {
            if (v.kind() == DecisionKind.ADD_MENTION || !(v.kind().aboutMention() || v.kind().aboutEvent())) {
                continue;
            }
            String key = (v.kind().aboutEvent() ? "E" : "M") + v.documentId() + ":" + v.begin() + ":" + v.end();
            Subject s = subjects.computeIfAbsent(key, k -> new Subject(v.kind().aboutEvent()));
            s.add(v);
        }
        Map<String, long[]> entity = new HashMap<>();
        Map<String, long[]> event = new HashMap<>();
        Map<String, Long> mentionsRejected = new HashMap<>();
        Map<String, Long> eventsRejected = new HashMap<>();
        for (Subject s : subjects.values()) {
            if (s.type == null) {
                continue; // decided before the machine's type was kept with the decision
            }
            long[] c = (s.event ? event : entity).computeIfAbsent(s.type, t -> new long[3]);
            c[0]++;
            c[s.wrong ? 2 : 1]++;
            if (s.rejected) {
                (s.event ? eventsRejected : mentionsRejected).merge(s.type, 1L, Long::sum);
            }
        }
        List<ReviewFigure> figures = new ArrayList<>();
        add(figures, "ENTITY", entity, mentionsByType, mentionsRejected);
        add(figures, "EVENT", event, eventsByType, eventsRejected);
        return figures;
    }

    private static void add(List<ReviewFigure> figures, String subject, Map<String, long[]> counts,
                            Map<String, Long> stored, Map<String, Long> rejected) {
        TreeSet<String> types = new TreeSet<>(stored.keySet());
        types.addAll(counts.keySet());
        for (String type : types) {
            long[] c = counts.getOrDefault(type, new long[3]);
            long total = stored.getOrDefault(type, 0L) + rejected.getOrDefault(type, 0L);
            figures.add(new ReviewFigure(subject, type, Math.max(total, c[0]), c[0], c[1], c[2]));
        }
        figures.sort(Comparator.comparing(ReviewFigure::subject).thenComparing(ReviewFigure::type));
    }

    /** What the active decisions about one mention or event say. */
    private static final class Subject {
        final boolean event;
        String type;
        boolean wrong;
        boolean rejected;

        Subject(boolean event) {
            this.event = event;
        }

        void add(SpanVerdict v) {
            if (type == null && v.subjectType() != null) {
                type = v.subjectType();
            }
            switch (v.kind()) {
                case REJECT_MENTION, REJECT_EVENT -> {
                    wrong = true;
                    rejected = true;
                }
                case RETYPE_MENTION, RETYPE_EVENT -> wrong = true;
                default -> {
                    // accepted, linked or corrected in a detail: the machine found it rightly
                }
            }
        }
    }
}
