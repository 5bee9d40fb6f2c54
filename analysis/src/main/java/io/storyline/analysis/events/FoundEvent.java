package io.storyline.analysis.events;

import io.storyline.domain.event.Listing;
import io.storyline.domain.event.Modality;
import java.util.List;

/**
 * An event found in a text.
 *
 * @param type         the event type's code
 * @param sentence     the index of the evidence sentence
 * @param begin        where the trigger starts in the text
 * @param end          where the trigger ends
 * @param place        where it happened, or {@code null}
 * @param date         when it happened, or {@code null} (planned events without a date of their own)
 * @param confidence   between 0 and 1
 * @param listing      whether a reader lists it (one report per happening), else why not
 */
public record FoundEvent(String type, int sentence, int begin, int end, String trigger,
                         List<FoundParticipant> participants, FoundPlace place, FoundDate date, Modality modality,
                         double confidence, Listing listing) {

    public FoundEvent {
        participants = List.copyOf(participants);
        java.util.Objects.requireNonNull(listing);
    }

    /** Whether the document page and the timeline show it: the one report of a happening a reader sees. */
    public boolean listed() {
        return listing == Listing.LISTED;
    }

    FoundEvent listedAs(Listing other) {
        return new FoundEvent(type, sentence, begin, end, trigger, participants, place, date, modality, confidence,
                other);
    }
}
