package io.storyline.analysis.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.common.ReviewState;
import io.storyline.domain.event.EventDateSource;
import io.storyline.domain.event.Modality;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.time.TimeValue;
import io.storyline.domain.timeline.EventKey;
import io.storyline.domain.timeline.EventLink;
import io.storyline.domain.timeline.EventLinkKind;
import io.storyline.domain.timeline.TimelineParticipant;
import io.storyline.domain.timeline.TimelineRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineAssemblerTest {

    private static final TimelineParticipant BLINKEN = new TimelineParticipant(1L, "Antony Blinken", ParticipantRole.AGENT);
    private static final TimelineParticipant NETANYAHU =
            new TimelineParticipant(2L, "Benjamin Netanyahu", ParticipantRole.PARTICIPANT);
    private static final TimelineParticipant HERZOG = new TimelineParticipant(3L, "Isaac Herzog", ParticipantRole.PARTICIPANT);
    private static final TimelineAssembler ASSEMBLER = new TimelineAssembler(Map.of("MEETING", "Meeting or visit",
            "STATEMENT", "Statement"));

    private static long ids = 100;

    private static TimelineRow row(long document, int begin, String type, String date, Modality modality,
                                   String place, TimelineParticipant... who) {
        TimeValue value = date == null ? null : TimeValue.parse(date).orElseThrow();
        return new TimelineRow(ids++, document, "Document " + document, LocalDate.of(2024, 5, 2), type, "met", begin,
                begin + 3, 1, begin - 10, begin + 40, "Sentence of document " + document, place == null ? null : (long) place.hashCode(),
                place, date, value == null ? null : value.start(), value == null ? null : value.end(),
                value == null ? null : value.granularity(), date == null ? null : EventDateSource.GOVERNING_EXPRESSION,
                modality, 0.8, ReviewState.UNREVIEWED, List.of(who));
    }

    private static TimelineRow meeting(long document, int begin, String date, TimelineParticipant... who) {
        return row(document, begin, "MEETING", date, Modality.ASSERTED, "Jerusalem", who);
    }

    private static EventLink link(EventLinkKind kind, TimelineRow a, TimelineRow b) {
        return new EventLink(kind, a.key(), b.key(), "editor", null, Instant.parse("2024-05-03T10:00:00Z"));
    }

    @Test
    void reportsOfOneMeetingInSeveralDocumentsAreOneEntryCitingEach() {
        Timeline t = ASSEMBLER.assemble(List.of(meeting(1, 20, "2024-05-01", BLINKEN, NETANYAHU),
                meeting(2, 40, "2024-05-01", BLINKEN, NETANYAHU), meeting(3, 60, "2024-05", NETANYAHU, BLINKEN)),
                List.of(), false);
        assertEquals(1, t.entries().size(), t.toString());
        TimelineEntry entry = t.entries().get(0);
        assertEquals(3, entry.citations().size());
        assertEquals("2024-05-01", entry.date().value(), "the finest date of equally direct reports");
        assertFalse(entry.datesDisagree(), "May 2024 and 1 May 2024 agree");
        assertEquals("1:20-23", entry.key(), "named by its first report");
        assertTrue(entry.mergedBecause().get(0).contains("shared Antony Blinken, Benjamin Netanyahu"),
                entry.mergedBecause().toString());
        assertEquals("Meeting or visit: Antony Blinken with Benjamin Netanyahu, in Jerusalem (\u201cmet\u201d)",
                entry.summary());
    }

    @Test
    void neighbouringDaysJoinOnlyWithTwoSharedParticipantsAndThenTheEntrySaysTheSourcesDisagree() {
        TimelineEntry disputed = ASSEMBLER.assemble(List.of(meeting(1, 20, "2024-05-01", BLINKEN, NETANYAHU),
                meeting(2, 20, "2024-05-02", BLINKEN, NETANYAHU)), List.of(), false).entries().get(0);
        assertTrue(disputed.datesDisagree());
        assertEquals(2, disputed.dates().size());
        assertEquals(2, ASSEMBLER.assemble(List.of(meeting(1, 20, "2024-05-01", BLINKEN, NETANYAHU),
                meeting(2, 20, "2024-05-02", BLINKEN, HERZOG)), List.of(), false).entries().size());
        assertEquals(2, ASSEMBLER.assemble(List.of(meeting(1, 20, "2024-05-01", BLINKEN, NETANYAHU),
                meeting(2, 20, "2024-05-04", BLINKEN, NETANYAHU)), List.of(), false).entries().size());
    }

    @Test
    void aMonthDatedReportDoesNotChainTwoMeetingsOfItsMonthNorDoesADifferentCounterpartJoin() {
        Timeline t = ASSEMBLER.assemble(List.of(meeting(1, 20, "2024-05-03", BLINKEN, NETANYAHU),
                meeting(2, 20, "2024-05", BLINKEN, NETANYAHU), meeting(3, 20, "2024-05-20", BLINKEN, NETANYAHU),
                meeting(4, 20, "2024-05-03", BLINKEN, HERZOG)), List.of(), false);
        assertEquals(3, t.entries().size(), t.entries().toString());
        assertEquals(2, t.entries().stream().filter(e -> e.citations().size() == 2).findFirst().orElseThrow()
                .citations().size());
    }

    @Test
    void differentTypesPlacesDenialsTheSameDocumentAndUndatedReportsStayApart() {
        List<TimelineRow> rows = List.of(meeting(1, 20, "2024-05-01", BLINKEN, NETANYAHU),
                row(2, 20, "STATEMENT", "2024-05-01", Modality.ASSERTED, null, BLINKEN, NETANYAHU),
                row(3, 20, "MEETING", "2024-05-01", Modality.ASSERTED, "Tel Aviv", BLINKEN, NETANYAHU),
                row(4, 20, "MEETING", "2024-05-01", Modality.NEGATED, "Jerusalem", BLINKEN, NETANYAHU),
                meeting(1, 90, "2024-05-01", BLINKEN, NETANYAHU),
                meeting(5, 20, null, BLINKEN, NETANYAHU), meeting(6, 20, null, BLINKEN, NETANYAHU),
                meeting(7, 20, "2024-05-01", new TimelineParticipant(null, "families", ParticipantRole.AGENT)),
                meeting(8, 20, "2024-05-01", new TimelineParticipant(null, "families", ParticipantRole.AGENT)));
        Timeline t = ASSEMBLER.assemble(rows, List.of(), false);
        assertEquals(rows.size(), t.entries().size(), "nothing joins: " + t.entries());
        assertEquals(2, t.undated().size());
        assertNull(t.entries().get(t.entries().size() - 1).date(), "the undated lane comes last");
    }

    @Test
    void coarseDatesHeadTheDaysTheyCoverAndTheDocumentsOwnOrderBreaksTies() {
        Timeline t = ASSEMBLER.assemble(List.of(meeting(9, 20, "2024-05-02", BLINKEN),
                meeting(8, 20, "2024-05-01", HERZOG), meeting(7, 20, "2024-05", NETANYAHU),
                row(6, 80, "STATEMENT", "2024-05-01", Modality.ASSERTED, null, NETANYAHU),
                row(6, 30, "STATEMENT", "2024-05-01", Modality.ASSERTED, null, HERZOG),
                meeting(5, 20, "2024", NETANYAHU), meeting(4, 20, "2023-12-31", NETANYAHU)), List.of(), false);
        List<String> order = new ArrayList<>();
        t.entries().forEach(e -> order.add(e.date().value() + "@" + e.key()));
        assertEquals(List.of("2023-12-31@4:20-23", "2024@5:20-23", "2024-05@7:20-23", "2024-05-01@6:30-33",
                "2024-05-01@6:80-83", "2024-05-01@8:20-23", "2024-05-02@9:20-23"), order);
    }

    @Test
    void editorsLinksOverruleTheMachineAndAreKeptByKey() {
        TimelineRow a = meeting(1, 20, "2024-05-01", BLINKEN, NETANYAHU);
        TimelineRow b = meeting(2, 20, "2024-05-01", BLINKEN, NETANYAHU);
        TimelineRow c = meeting(3, 20, "2024-05-01", BLINKEN, NETANYAHU);
        TimelineRow undated = meeting(4, 20, null, HERZOG);
        Timeline split = ASSEMBLER.assemble(List.of(a, b, c, undated), List.of(link(EventLinkKind.DIFFERENT, c, a),
                link(EventLinkKind.DIFFERENT, c, b)), false);
        assertEquals(3, split.entries().size(), split.entries().toString());
        assertEquals(2, split.entries().get(0).citations().size());

        Timeline merged = ASSEMBLER.assemble(List.of(a, b, undated), List.of(link(EventLinkKind.SAME, undated, a)),
                false);
        assertEquals(1, merged.entries().size(), "an editor may join what the machine would not");
        assertTrue(merged.entries().get(0).mergedBecause().stream().anyMatch(w -> w.contains("an editor (editor)")));

        TimelineRow reanalysed = new TimelineRow(999, c.documentId(), c.documentTitle(), c.documentDate(),
                c.typeCode(), c.trigger(), c.triggerBegin(), c.triggerEnd(), c.sentenceIndex(), c.sentenceBegin(),
                c.sentenceEnd(), c.sentence(), c.placeEntityId(), c.place(), c.dateValue(), c.dateStart(),
                c.dateEnd(), c.granularity(), c.dateSource(), c.modality(), c.confidence(), c.review(),
                c.participants());
        assertEquals(new EventKey(3, 20, 23), reanalysed.key());
        assertEquals(2, ASSEMBLER.assemble(List.of(a, b, reanalysed), List.of(link(EventLinkKind.DIFFERENT, c, a),
                link(EventLinkKind.DIFFERENT, c, b)), false).entries().size(), "a new event id, the same key");
    }

    @Test
    void datesAreSaidAtTheirPrecision() {
        assertEquals("4 April 2024", EntryDate.parse("2024-04-04").orElseThrow().display());
        assertEquals("May 2024", EntryDate.parse("2024-05").orElseThrow().display());
        assertEquals("2024", EntryDate.parse("2024").orElseThrow().display());
        assertEquals("Q2 2024", EntryDate.parse("2024-Q2").orElseThrow().display());
        assertTrue(EntryDate.parse("last week").isEmpty());
    }

    @Test
    void twoThingsOnePersonSaidOnOneDayAreTwoEntriesUnlessTheyShareTheSpeakerAndSomeoneElse() {
        TimelineParticipant netanyahu = new TimelineParticipant(2L, "Benjamin Netanyahu", ParticipantRole.AGENT);
        TimelineParticipant blinken = new TimelineParticipant(1L, "Antony Blinken", ParticipantRole.RECIPIENT);
        TimelineParticipant asBlinkensListener = new TimelineParticipant(2L, "Benjamin Netanyahu",
                ParticipantRole.RECIPIENT);
        TimelineParticipant blinkenSpeaks = new TimelineParticipant(1L, "Antony Blinken", ParticipantRole.AGENT);
        assertEquals(2, ASSEMBLER.assemble(List.of(
                row(1, 20, "STATEMENT", "2024-04-30", Modality.ASSERTED, null, netanyahu),
                row(2, 20, "STATEMENT", "2024-04-30", Modality.ASSERTED, null, netanyahu)), List.of(), false)
                .entries().size(), "the same speaker on the same day says many things");
        assertEquals(2, ASSEMBLER.assemble(List.of(
                row(1, 20, "STATEMENT", "2024-04-30", Modality.ASSERTED, null, blinkenSpeaks, asBlinkensListener),
                row(2, 20, "STATEMENT", "2024-04-30", Modality.ASSERTED, null, netanyahu, blinken)), List.of(), false)
                .entries().size(), "Blinken speaking to Netanyahu is not Netanyahu speaking to Blinken");
        Timeline told = ASSEMBLER.assemble(List.of(
                row(1, 20, "STATEMENT", "2024-04-30", Modality.ASSERTED, null, netanyahu, blinken),
                row(2, 20, "STATEMENT", "2024-04-30", Modality.ASSERTED, null, netanyahu, blinken)), List.of(), false);
        assertEquals(1, told.entries().size(), "one speaker, one listener, one day");
        assertEquals(2, told.entries().get(0).citations().size());
    }
}
