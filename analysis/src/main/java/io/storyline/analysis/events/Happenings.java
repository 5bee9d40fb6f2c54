package io.storyline.analysis.events;

import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.domain.event.Listing;
import io.storyline.domain.event.Modality;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event per happening in a document. A story tells its main events several times (the headline, the lead, the
 * quoted statement: "reaffirms", "reaffirmed", "reiterated", "stressed"); a reader wants one entry, so reports of
 * one type, one modality and one date that share an entity, and do not name different places or different entities
 * of one kind in one role, are one event. It is told by its first report in a clause of its own, else its first,
 * with everyone any report names.
 */
final class Happenings {

    /** An event as found, and whether its trigger tells a clause of its own (not a side remark). */
    record Report(FoundEvent event, boolean clauseLevel) {
    }

    private Happenings() {
    }

    /** The reports in text order, each listed report that repeats an earlier happening marked as a repeat. */
    static List<FoundEvent> oneEach(List<Report> reports) {
        List<List<Report>> groups = new ArrayList<>();
        for (Report r : reports) {
            if (!r.event().listed()) {
                continue;
            }
            List<Report> same = groups.stream().filter(g -> g.stream().anyMatch(o -> same(o.event(), r.event())))
                    .findFirst().orElse(null);
            if (same == null) {
                groups.add(new ArrayList<>(List.of(r)));
            } else {
                same.add(r);
            }
        }
        Set<FoundEvent> repeats = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Report> group : groups) {
            FoundEvent lead = group.stream().filter(Report::clauseLevel).findFirst().orElse(group.get(0)).event();
            group.stream().map(Report::event).filter(e -> e != lead).forEach(repeats::add);
        }
        return reports.stream().map(Report::event)
                .map(e -> repeats.contains(e) ? e.listedAs(Listing.REPEAT) : e).toList();
    }

    static boolean same(FoundEvent a, FoundEvent b) {
        if (!a.type().equals(b.type()) || stance(a.modality()) != stance(b.modality())
                || !Objects.equals(a.date() == null ? null : a.date().value(),
                b.date() == null ? null : b.date().value())) {
            return false;
        }
        if (a.place() != null && b.place() != null && a.place().entity() != b.place().entity()) {
            return false;
        }
        boolean shared = a.place() != null && b.place() != null
                || a.participants().stream().anyMatch(p -> p.entity() != null && takesPart(p.entity(), b));
        return shared && !conflicting(a, b) && !conflicting(b, a);
    }

    /** Whether {@code a} names an entity in a role where {@code b} names another of the same kind. */
    private static boolean conflicting(FoundEvent a, FoundEvent b) {
        for (FoundParticipant p : a.participants()) {
            if (p.entity() == null || takesPart(p.entity(), b)) {
                continue;
            }
            for (FoundParticipant q : b.participants()) {
                if (q.role() == p.role() && q.entity() != null && q.entity().type() == p.entity().type()
                        && !takesPart(q.entity(), a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean takesPart(DocumentEntity entity, FoundEvent e) {
        return e.participants().stream().anyMatch(p -> p.entity() == entity);
    }

    /** Asserted and reported reports may tell one happening; planned or denied ones tell another. */
    private static int stance(Modality m) {
        return m == Modality.PLANNED ? 1 : m == Modality.NEGATED ? 2 : 0;
    }
}
