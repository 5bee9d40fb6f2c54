package io.storyline.analysis.evaluation.formats;

import java.time.LocalDate;
import java.util.List;

/**
 * What a TimeML file holds that time and event taggers are measured on.
 *
 * @param id the {@code <DOCID>}, or the file name without {@code .tml} when there is none
 * @param creationValue the creation-time TIMEX3's value as written (1998-01-08T14:00), or null
 * @param creationDate its date part, or null when there is none or it is not a calendar date
 * @param text the {@code <TEXT>} element's content without markup, entities decoded: what systems get
 * @param timexes the gold TIMEX3s in that text, in order of their start
 * @param events the gold EVENTs in that text, in order of their start
 * @param timeLinks the gold TLINKs between an event and a time expression
 */
public record TimeMlDocument(String id, String creationValue, LocalDate creationDate, String text,
        List<TimeMlTimex> timexes, List<TimeMlEvent> events, List<TimeMlTimeLink> timeLinks) {

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
        timeLinks = List.copyOf(timeLinks);
    }

    /** A document with time expressions only. */
    public TimeMlDocument(String id, String creationValue, LocalDate creationDate, String text,
            List<TimeMlTimex> timexes) {
        this(id, creationValue, creationDate, text, timexes, List.of(), List.of());
    }
}
