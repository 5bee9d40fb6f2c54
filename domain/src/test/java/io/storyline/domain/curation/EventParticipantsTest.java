package io.storyline.domain.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.event.Participant;
import io.storyline.domain.event.ParticipantRole;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventParticipantsTest {

    @Test
    void participantsSurviveTheRoundTrip() {
        List<Participant> given = List.of(new Participant(12L, "Marisol Quintavex", ParticipantRole.AGENT),
                new Participant(null, "families of the\tcaptives\n<script>", ParticipantRole.TARGET));
        List<Participant> back = EventParticipants.decode(EventParticipants.encode(given));
        assertEquals(2, back.size());
        assertEquals(Optional.of(12L), back.get(0).entityId());
        assertEquals("Marisol Quintavex", back.get(0).name());
        assertEquals(ParticipantRole.AGENT, back.get(0).role());
        assertEquals(Optional.empty(), back.get(1).entityId());
        assertEquals("families of the captives <script>", back.get(1).name(), "tabs and line breaks become spaces");
        assertEquals(ParticipantRole.TARGET, back.get(1).role());
    }

    @Test
    void unreadableLinesAreSkipped() {
        assertEquals(1, EventParticipants.decode("AGENT\t\tHamas\nWIZARD\t\tMerlin\nTARGET\tx\tNobody\nbroken").size());
        assertTrue(EventParticipants.decode(null).isEmpty());
    }

    @Test
    void tooManyParticipantsAreRefused() {
        List<Participant> crowd = Collections.nCopies(EventParticipants.MAX + 1,
                new Participant(null, "someone", ParticipantRole.PARTICIPANT));
        assertThrows(IllegalArgumentException.class, () -> EventParticipants.encode(crowd));
    }
}
