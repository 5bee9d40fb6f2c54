package io.storyline.domain.curation;

import io.storyline.domain.event.Participant;
import io.storyline.domain.event.ParticipantRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The participants a person gave an event, as a decision keeps them: one line per participant, {@code ROLE},
 * the entity's id (or nothing) and the name, separated by tabs. Names lose tabs and line breaks.
 */
public final class EventParticipants {

    /** At most this many participants per event. */
    public static final int MAX = 30;

    private EventParticipants() {
    }

    public static String encode(List<Participant> participants) {
        if (participants.size() > MAX) {
            throw new IllegalArgumentException("an event has at most " + MAX + " participants");
        }
        StringBuilder s = new StringBuilder();
        for (Participant p : participants) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(p.role().name()).append('\t').append(p.entityId().map(String::valueOf).orElse(""))
                    .append('\t').append(p.name().replaceAll("[\\t\\r\\n]+", " ").strip());
        }
        return s.toString();
    }

    /** The participants encoded; lines that do not read are left out. */
    public static List<Participant> decode(String encoded) {
        List<Participant> participants = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return participants;
        }
        for (String line : encoded.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                continue;
            }
            try {
                ParticipantRole role = ParticipantRole.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
                Long entity = parts[1].isBlank() ? null : Long.valueOf(parts[1].strip());
                participants.add(new Participant(entity, parts[2], role));
            } catch (IllegalArgumentException unreadable) {
                // a line another version wrote differently: skipped rather than failing the analysis
            }
        }
        return participants;
    }
}
