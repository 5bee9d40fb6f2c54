package io.storyline.analysis.timeline;

import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.timeline.TimelineParticipant;
import java.util.List;

/**
 * One real-world event on a timeline, with every report of it.
 *
 * @param key          the entry's stable name: the smallest event key among its reports
 * @param date         the date at the precision known, or null for the undated lane
 * @param dates        every date the sources give, with who gives it (more than one when they disagree)
 * @param datesDisagree whether some source gives a date that does not overlap {@code date}
 * @param type         the event type's code
 * @param typeName     the event type's name
 * @param summary      one line: what happened, who, where
 * @param events       the stored events' ids (they change on re-analysis; citations carry stable keys)
 * @param mergedBecause why several reports were taken as one event; empty for a single report
 */
public record TimelineEntry(String key, EntryDate date, List<DateReport> dates, boolean datesDisagree, String type,
        String typeName, String summary, List<TimelineParticipant> participants, String place, List<Long> events,
        List<Citation> citations, List<String> mergedBecause) {

    public TimelineEntry {
        dates = List.copyOf(dates);
        participants = List.copyOf(participants);
        events = List.copyOf(events);
        citations = List.copyOf(citations);
        mergedBecause = List.copyOf(mergedBecause);
    }

    public boolean dated() {
        return date != null;
    }

    /** Who acts: the first agent, else the first participant, else "(no one named)". */
    public String firstActor() {
        return participants.stream().filter(p -> p.role() == ParticipantRole.AGENT).findFirst()
                .or(() -> participants.stream().findFirst()).map(TimelineParticipant::name)
                .orElse("(no one named)");
    }
}
