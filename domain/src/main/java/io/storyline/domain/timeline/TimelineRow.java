package io.storyline.domain.timeline;

import io.storyline.domain.common.ReviewState;
import io.storyline.domain.event.EventDateSource;
import io.storyline.domain.event.Modality;
import io.storyline.domain.time.Granularity;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored event with what a timeline needs of it and of its document, read in one pass.
 *
 * @param documentTitle the document's title, else its file name
 * @param documentDate  the day the document's dates were read against (publication, else upload)
 * @param dateValue     the event's TIMEX3 value, or null when undated (then start, end, granularity and source are
 *                      null too)
 * @param place         the place's canonical name, else the words of the text; may be null
 */
public record TimelineRow(long eventId, long documentId, String documentTitle, LocalDate documentDate,
        String typeCode, String trigger, int triggerBegin, int triggerEnd, int sentenceIndex, int sentenceBegin,
        int sentenceEnd, String sentence, Long placeEntityId, String place, String dateValue, LocalDate dateStart,
        LocalDate dateEnd, Granularity granularity, EventDateSource dateSource, Modality modality,
        double confidence, ReviewState review, List<TimelineParticipant> participants) {

    public TimelineRow {
        participants = List.copyOf(participants);
    }

    public EventKey key() {
        return new EventKey(documentId, triggerBegin, triggerEnd);
    }

    public boolean dated() {
        return dateValue != null && dateStart != null && dateEnd != null;
    }
}
