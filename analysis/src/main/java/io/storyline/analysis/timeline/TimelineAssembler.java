package io.storyline.analysis.timeline;

import io.storyline.domain.event.EventDateSource;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.timeline.EventKey;
import io.storyline.domain.timeline.EventLink;
import io.storyline.domain.timeline.TimelineParticipant;
import io.storyline.domain.timeline.TimelineRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns stored events into a timeline: groups the reports of one event ({@link EventClusters}), gives each entry the
 * most direct date its reports give (and says when they disagree), writes its one-line summary and orders the
 * entries. Order: by the first day an entry's date covers; at the same first day the coarser date first (a month
 * heads the days in it, so "May 2024" is never put after "1 May 2024" nor between two days of May); then the order
 * of the reports in their documents. Undated entries form their own lane after the dated ones, in document and text
 * order. Pure: the server and the evaluation command run exactly this.
 */
public final class TimelineAssembler {

    /** The time order of dated entries (see the class comment). */
    public static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing((TimelineEntry e) -> e.date().start())
            .thenComparing(e -> e.date().end(), Comparator.reverseOrder())
            .thenComparing(TimelineAssembler::firstReport);

    private final Map<String, String> typeNames;

    /** @param typeNames event type codes to the names people read */
    public TimelineAssembler(Map<String, String> typeNames) {
        this.typeNames = Map.copyOf(typeNames);
    }

    /**
     * @param rows      the events, any order
     * @param links     editors' decisions about which reports are the same event
     * @param truncated whether the rows are only the first of more that matched
     */
    public Timeline assemble(List<TimelineRow> rows, Collection<EventLink> links, boolean truncated) {
        List<TimelineRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(TimelineRow::key));
        EventClusters.Result clusters = EventClusters.cluster(ordered, links, typeNames);
        List<TimelineEntry> dated = new ArrayList<>();
        List<TimelineEntry> undated = new ArrayList<>();
        for (List<Integer> group : clusters.groups()) {
            List<TimelineRow> reports = group.stream().map(ordered::get).toList();
            TimelineEntry entry = entry(reports, clusters.reasons().getOrDefault(group, List.of()));
            (entry.dated() ? dated : undated).add(entry);
        }
        dated.sort(ORDER);
        undated.sort(Comparator.comparing(TimelineAssembler::firstReport));
        List<TimelineEntry> all = new ArrayList<>(dated.size() + undated.size());
        all.addAll(dated);
        all.addAll(undated);
        return new Timeline(all, rows.size(), truncated);
    }

    /** Where an entry's first report stands: its document, then its place in the text. */
    public static EventKey firstReport(TimelineEntry entry) {
        Citation c = entry.citations().get(0);
        return new EventKey(c.documentId(), c.triggerBegin(), c.triggerEnd());
    }

    private TimelineEntry entry(List<TimelineRow> reports, List<String> why) {
        TimelineRow lead = lead(reports);
        EntryDate date = lead.dated() ? EntryDate.of(lead.dateValue(), lead.dateStart(), lead.dateEnd(),
                lead.granularity()) : null;
        Map<String, EntryDate> claimed = new LinkedHashMap<>();
        Map<String, List<Long>> claimedBy = new LinkedHashMap<>();
        boolean disagree = false;
        for (TimelineRow r : reports) {
            if (!r.dated()) {
                continue;
            }
            EntryDate d = claimed.computeIfAbsent(r.dateValue(),
                    v -> EntryDate.of(v, r.dateStart(), r.dateEnd(), r.granularity()));
            List<Long> docs = claimedBy.computeIfAbsent(r.dateValue(), v -> new ArrayList<>());
            if (!docs.contains(r.documentId())) {
                docs.add(r.documentId());
            }
            disagree |= date != null && !d.overlaps(date);
        }
        List<DateReport> dates = claimed.entrySet().stream()
                .map(e -> new DateReport(e.getValue(), claimedBy.get(e.getKey()))).toList();
        Map<String, TimelineParticipant> participants = new LinkedHashMap<>();
        for (TimelineRow r : reports) {
            for (TimelineParticipant p : r.participants()) {
                participants.putIfAbsent(p.entityId() != null ? "#" + p.entityId()
                        : p.name().toLowerCase(Locale.ROOT), p);
            }
        }
        String place = reports.stream().map(TimelineRow::place).filter(Objects::nonNull).findFirst().orElse(null);
        String typeName = typeNames.getOrDefault(lead.typeCode(), lead.typeCode());
        List<Citation> citations = reports.stream().map(r -> new Citation(r.eventId(), r.key().toString(),
                r.documentId(), r.documentTitle(), r.documentDate(), r.sentence(), r.sentenceBegin(),
                r.sentenceEnd(), r.triggerBegin(), r.triggerEnd(), r.dateValue())).toList();
        return new TimelineEntry(reports.get(0).key().toString(), date, dates, disagree, lead.typeCode(), typeName,
                summary(typeName, lead, List.copyOf(participants.values()), place),
                List.copyOf(participants.values()), place, reports.stream().map(TimelineRow::eventId).toList(),
                citations, why);
    }

    /** The report whose date is most direct: a person's, then the text's own words, then the finest. */
    private static TimelineRow lead(List<TimelineRow> reports) {
        return reports.stream().min(Comparator.comparing((TimelineRow r) -> !r.dated())
                .thenComparing(r -> r.dated() ? rank(r.dateSource()) : 9)
                .thenComparing(r -> r.dated() ? r.granularity().ordinal() : 99)
                .thenComparing(TimelineRow::key)).orElseThrow();
    }

    private static int rank(EventDateSource source) {
        return source == null ? 8 : switch (source) {
            case PERSON -> 0;
            case GOVERNING_EXPRESSION -> 1;
            case SAME_SENTENCE -> 2;
            case NARRATIVE -> 3;
            case DOCUMENT_DATE -> 4;
        };
    }

    /** "Meeting or visit: Antony Blinken with Benjamin Netanyahu, in Tel Aviv ("met")". */
    static String summary(String typeName, TimelineRow lead, List<TimelineParticipant> participants, String place) {
        List<String> agents = participants.stream().filter(p -> p.role() == ParticipantRole.AGENT)
                .map(TimelineParticipant::name).toList();
        List<String> others = participants.stream().filter(p -> p.role() != ParticipantRole.AGENT)
                .map(TimelineParticipant::name).toList();
        StringBuilder s = new StringBuilder(typeName);
        if (!agents.isEmpty() || !others.isEmpty()) {
            s.append(": ");
            s.append(String.join(", ", agents));
            if (!others.isEmpty()) {
                s.append(agents.isEmpty() ? "" : " with ").append(String.join(", ", others));
            }
        }
        if (place != null) {
            s.append(", in ").append(place);
        }
        s.append(" (\u201c").append(lead.trigger()).append("\u201d)");
        String line = s.toString();
        return line.length() <= 300 ? line : line.substring(0, 299) + "\u2026";
    }
}
