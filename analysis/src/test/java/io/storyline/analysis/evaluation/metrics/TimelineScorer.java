package io.storyline.analysis.evaluation.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a timeline the way SemEval-2015 Task 4 does, by temporal awareness (UzZaman and Allen). Each side
 * becomes a set of explicit relations: every event is SIMULTANEOUS with its date (when it has one), every two
 * events at one position are SIMULTANEOUS (so coreferring events on one line are too), and every event is
 * BEFORE every event at the next position. Precision is the share of the system's relations that the gold's
 * closure implies, recall the share of the gold's relations that the system's closure implies. The closure
 * makes SIMULTANEOUS an equivalence and BEFORE transitive across simultaneous classes. A relation naming an
 * event or date the other side does not have is not implied.
 *
 * <p>Dates are compared as written, with unknown trailing parts dropped: {@code 2008-03-XX} is the node
 * {@code 2008-03}, {@code XXXX-XX-XX} no date at all. Dates are not ordered among themselves: only the positions
 * order. A timeline that gives one date at two positions (the gold does, for events of one day told in order)
 * makes their events both simultaneous and ordered; the closure keeps both, so either reading is implied.
 */
public final class TimelineScorer {

    private enum Kind { SIMULTANEOUS, BEFORE }

    /** One explicit relation; a SIMULTANEOUS one names its ends in string order, so each pair counts once. */
    private record Relation(String from, Kind kind, String to) {

        static Relation simultaneous(String a, String b) {
            return a.compareTo(b) < 0 ? new Relation(a, Kind.SIMULTANEOUS, b) : new Relation(b, Kind.SIMULTANEOUS, a);
        }
    }

    private TimelineScorer() {}

    public static RelationCounts score(List<OrderedEvent> gold, List<OrderedEvent> predicted) {
        Set<Relation> goldRelations = relations(gold);
        Set<Relation> predictedRelations = relations(predicted);
        Closure goldClosure = new Closure(goldRelations);
        Closure predictedClosure = new Closure(predictedRelations);
        return new RelationCounts(predictedRelations.size(),
                (int) predictedRelations.stream().filter(goldClosure::implies).count(),
                goldRelations.size(), (int) goldRelations.stream().filter(predictedClosure::implies).count());
    }

    /** The node a written date stands for, or null when nothing of it is known. */
    static String dateNode(String date) {
        if (date == null) {
            return null;
        }
        String known = date.strip();
        while (known.endsWith("-XX")) {
            known = known.substring(0, known.length() - 3);
        }
        return known.isEmpty() || known.startsWith("X") ? null : "date " + known;
    }

    private static Set<Relation> relations(List<OrderedEvent> events) {
        Map<Integer, List<String>> byPosition = new TreeMap<>();
        Set<Relation> relations = new LinkedHashSet<>();
        for (OrderedEvent event : events) {
            byPosition.computeIfAbsent(event.position(), p -> new ArrayList<>()).add(event.id());
            String date = dateNode(event.date());
            if (date != null) {
                relations.add(Relation.simultaneous(event.id(), date));
            }
        }
        List<String> previous = List.of();
        for (List<String> here : byPosition.values()) {
            for (int i = 0; i < here.size(); i++) {
                for (int j = i + 1; j < here.size(); j++) {
                    if (!here.get(i).equals(here.get(j))) {
                        relations.add(Relation.simultaneous(here.get(i), here.get(j)));
                    }
                }
                for (String earlier : previous) {
                    if (!earlier.equals(here.get(i))) {
                        relations.add(new Relation(earlier, Kind.BEFORE, here.get(i)));
                    }
                }
            }
            previous = here;
        }
        return relations;
    }

    /** Everything one side's relations imply: classes of simultaneous nodes, and which classes follow which. */
    private static final class Closure {

        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Set<String>> later = new HashMap<>();

        Closure(Set<Relation> relations) {
            for (Relation r : relations) {
                parent.putIfAbsent(r.from(), r.from());
                parent.putIfAbsent(r.to(), r.to());
                if (r.kind() == Kind.SIMULTANEOUS) {
                    parent.put(find(r.from()), find(r.to()));
                }
            }
            Map<String, Set<String>> next = new HashMap<>();
            for (Relation r : relations) {
                if (r.kind() == Kind.BEFORE) {
                    next.computeIfAbsent(find(r.from()), c -> new HashSet<>()).add(find(r.to()));
                }
            }
            for (String start : next.keySet()) {
                Set<String> reached = new HashSet<>();
                Deque<String> todo = new ArrayDeque<>(next.get(start));
                while (!todo.isEmpty()) {
                    String c = todo.pop();
                    if (reached.add(c)) {
                        todo.addAll(next.getOrDefault(c, Set.of()));
                    }
                }
                later.put(start, reached);
            }
        }

        boolean implies(Relation r) {
            if (!parent.containsKey(r.from()) || !parent.containsKey(r.to())) {
                return false;
            }
            String from = find(r.from());
            String to = find(r.to());
            return r.kind() == Kind.SIMULTANEOUS ? from.equals(to) : later.getOrDefault(from, Set.of()).contains(to);
        }

        private String find(String node) {
            String root = node;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(node, root);
            return root;
        }
    }
}
