package io.storyline.analysis.timeline;

import io.storyline.domain.event.Modality;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.time.Granularity;
import io.storyline.domain.timeline.EventKey;
import io.storyline.domain.timeline.EventLink;
import io.storyline.domain.timeline.EventLinkKind;
import io.storyline.domain.timeline.TimelineParticipant;
import io.storyline.domain.timeline.TimelineRow;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which reports are the same real-world event. Two reports from different documents join when they have
 * the same type, share a named participant and name no different entity in the same role, do not name different
 * places, are not one asserted and one denied,
 * their dates are known to the month or better and share a day (or lie on neighbouring days and they share two
 * participants: then the entry says the sources disagree). Things said join only when the speaker of both and
 * someone else are shared (a person says many things a day). Undated reports, and reports dated only to a quarter, a
 * year or coarser, join only by an editor's link: "in 2024" says too little to call two meetings one. A group's
 * reports dated to the day never lie more than a day apart, so a month-dated report cannot chain two meetings of
 * one month into one. Editors' links come first: SAME joins two
 * reports whatever the machine thinks, DIFFERENT keeps their groups apart. Every join is explained.
 */
final class EventClusters {

    /** Types whose events are things said: they join only when their speaker and someone else agree. */
    private static final Set<String> SPEECH = Set.of("STATEMENT", "ACCUSATION");

    private final List<TimelineRow> rows;
    private final int[] parent;
    private final Map<Integer, List<String>> reasons = new HashMap<>();
    private final List<int[]> apart = new ArrayList<>();
    /** Per group (at its root): the first and last day its reports dated to the day give. */
    private final long[] firstDay;
    private final long[] lastDay;

    private EventClusters(List<TimelineRow> rows) {
        this.rows = rows;
        this.parent = new int[rows.size()];
        this.firstDay = new long[rows.size()];
        this.lastDay = new long[rows.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            TimelineRow r = rows.get(i);
            boolean day = r.dated() && r.granularity().finerOrEqual(Granularity.DAY);
            firstDay[i] = day ? r.dateStart().toEpochDay() : Long.MAX_VALUE;
            lastDay[i] = day ? r.dateStart().toEpochDay() : Long.MIN_VALUE;
        }
    }

    /**
     * Groups the rows; each group lists row indexes in the rows' order.
     *
     * @param typeNames event type codes to names, for the explanations
     */
    static Result cluster(List<TimelineRow> rows, Collection<EventLink> links, Map<String, String> typeNames) {
        EventClusters c = new EventClusters(rows);
        c.applyLinks(links);
        c.joinAutomatically(typeNames);
        return c.result();
    }

    /** The groups, and why each group of more than one report was formed. */
    record Result(List<List<Integer>> groups, Map<List<Integer>, List<String>> reasons) {}

    private void applyLinks(Collection<EventLink> links) {
        Map<EventKey, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).key(), i);
        }
        for (EventLink link : links) {
            Integer a = index.get(link.a());
            Integer b = index.get(link.b());
            if (a == null || b == null) {
                continue;
            }
            if (link.kind() == EventLinkKind.DIFFERENT) {
                apart.add(new int[] {a, b});
            }
        }
        for (EventLink link : links) {
            Integer a = index.get(link.a());
            Integer b = index.get(link.b());
            if (a != null && b != null && link.kind() == EventLinkKind.SAME) {
                join(a, b, "an editor (" + link.decidedBy() + ") said these reports are the same event"
                        + link.reason().map(r -> ": " + r).orElse(""), true);
            }
        }
    }

    private void joinAutomatically(Map<String, String> typeNames) {
        Map<String, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TimelineRow r = rows.get(i);
            if (r.dated() && r.granularity().finerOrEqual(Granularity.MONTH)) {
                byType.computeIfAbsent(rows.get(i).typeCode(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> type : byType.entrySet()) {
            List<Integer> sorted = new ArrayList<>(type.getValue());
            sorted.sort(Comparator.comparing((Integer i) -> rows.get(i).dateStart()).thenComparing(i -> i));
            int n = sorted.size();
            long[] starts = new long[n];
            long[] ends = new long[n];
            for (int k = 0; k < n; k++) {
                starts[k] = rows.get(sorted.get(k)).dateStart().toEpochDay();
                ends[k] = rows.get(sorted.get(k)).dateEnd().toEpochDay();
            }
            String typeName = typeNames.getOrDefault(type.getKey(), type.getKey());
            for (int x = 0; x < n; x++) {
                TimelineRow a = rows.get(sorted.get(x));
                for (int y = x + 1; y < n && starts[y] <= ends[x] + 1; y++) {
                    // Reports already in one group need no second reason; most pairs of a big event end here.
                    if (find(sorted.get(x)) == find(sorted.get(y))) {
                        continue;
                    }
                    String why = sameEvent(a, rows.get(sorted.get(y)), typeName);
                    if (why != null) {
                        join(sorted.get(x), sorted.get(y), why, false);
                    }
                }
            }
        }
    }

    /** Why {@code a} and {@code b} report the same event, or null when they may not. */
    static String sameEvent(TimelineRow a, TimelineRow b, String typeName) {
        if (a.documentId() == b.documentId() || !a.typeCode().equals(b.typeCode())
                || (a.modality() == Modality.NEGATED) != (b.modality() == Modality.NEGATED)
                || !a.granularity().finerOrEqual(Granularity.MONTH) || !b.granularity().finerOrEqual(Granularity.MONTH)
                || a.place() != null && b.place() != null && !samePlace(a, b)) {
            return null;
        }
        int sharedCount = 0;
        boolean sharedEntity = false;
        for (TimelineParticipant p : a.participants()) {
            if (takesPart(p, b.participants())) {
                sharedCount++;
                sharedEntity |= p.entityId() != null;
            }
        }
        if (!sharedEntity || conflicting(a.participants(), b.participants())
                || SPEECH.contains(a.typeCode()) && !sameSpeakerAndMore(a, b, sharedCount)) {
            return null;
        }
        boolean overlap = !a.dateStart().isAfter(b.dateEnd()) && !b.dateStart().isAfter(a.dateEnd());
        if (!overlap && (sharedCount < 2 || ChronoUnit.DAYS.between(a.dateEnd(), b.dateStart()) > 1
                && ChronoUnit.DAYS.between(b.dateEnd(), a.dateStart()) > 1)) {
            return null;
        }
        Set<String> shared = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (TimelineParticipant p : a.participants()) {
            if (takesPart(p, b.participants())) {
                shared.add(p.name());
            }
        }
        StringBuilder why = new StringBuilder("same type (").append(typeName).append("), shared ")
                .append(String.join(", ", shared));
        if (a.place() != null && b.place() != null) {
            why.append(", same place (").append(a.place()).append(')');
        }
        why.append(overlap ? ", dates agree (" : ", dates a day apart (").append(a.dateValue()).append(" and ")
                .append(b.dateValue()).append(')');
        return "documents " + a.documentId() + " and " + b.documentId() + ": " + why;
    }

    /**
     * Whether two things said are one: a person says many things a day, so sharing the speaker is not enough; the
     * speaker must be the speaker of both, and they must share someone else (who was told, who was accused).
     */
    private static boolean sameSpeakerAndMore(TimelineRow a, TimelineRow b, int sharedCount) {
        boolean speaker = a.participants().stream().anyMatch(p -> p.role() == ParticipantRole.AGENT
                && p.entityId() != null && b.participants().stream().anyMatch(q -> q.role() == ParticipantRole.AGENT
                && p.entityId().equals(q.entityId())));
        return speaker && sharedCount >= 2;
    }

    /**
     * Whether the reports name different entities in one role: "Blinken met Netanyahu" and "Blinken met Herzog" on
     * one day are two meetings, whoever they share.
     */
    private static boolean conflicting(List<TimelineParticipant> a, List<TimelineParticipant> b) {
        for (TimelineParticipant p : a) {
            if (p.entityId() == null || takesPart(p, b)) {
                continue;
            }
            for (TimelineParticipant q : b) {
                if (q.role() == p.role() && q.entityId() != null && !takesPart(q, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code p} is among {@code others}: the same entity, or for words, the same words (case aside). */
    private static boolean takesPart(TimelineParticipant p, List<TimelineParticipant> others) {
        for (TimelineParticipant q : others) {
            if (p.entityId() != null ? p.entityId().equals(q.entityId())
                    : q.entityId() == null && p.name().equalsIgnoreCase(q.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePlace(TimelineRow a, TimelineRow b) {
        if (a.placeEntityId() != null && b.placeEntityId() != null) {
            return a.placeEntityId().equals(b.placeEntityId());
        }
        return a.place().equalsIgnoreCase(b.place());
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Joins the groups of two reports, unless an editor keeps them apart, or, for the machine, the joined group's
     * reports dated to the day would lie more than a day apart (a month-dated report must not chain the meetings
     * of 3 and 20 May into one, nor may neighbouring days chain a week).
     */
    private void join(int a, int b, String why, boolean byEditor) {
        int ra = find(a);
        int rb = find(b);
        // An editor's "different" holds against the machine and against a later "same" that would contradict it.
        if (ra == rb || keptApart(ra, rb)) {
            return;
        }
        long first = Math.min(firstDay[ra], firstDay[rb]);
        long last = Math.max(lastDay[ra], lastDay[rb]);
        if (!byEditor && first != Long.MAX_VALUE && last - first > 1) {
            return;
        }
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        firstDay[root] = first;
        lastDay[root] = last;
        List<String> merged = reasons.computeIfAbsent(root, k -> new ArrayList<>());
        List<String> moved = reasons.remove(child);
        if (moved != null) {
            merged.addAll(moved);
        }
        merged.add(why);
    }

    private boolean keptApart(int ra, int rb) {
        for (int[] pair : apart) {
            int x = find(pair[0]);
            int y = find(pair[1]);
            if (x == ra && y == rb || x == rb && y == ra) {
                return true;
            }
        }
        return false;
    }

    private Result result() {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        Map<List<Integer>, List<String>> why = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            if (g.getValue().size() > 1) {
                why.put(g.getValue(), List.copyOf(new LinkedHashSet<>(reasons.getOrDefault(g.getKey(), List.of()))));
            }
        }
        return new Result(List.copyOf(groups.values()), why);
    }
}
