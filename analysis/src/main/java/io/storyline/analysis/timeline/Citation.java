package io.storyline.analysis.timeline;

import java.time.LocalDate;

/**
 * One report behind a timeline entry: the document, the sentence (with its span in the document's text) and the
 * trigger's span, and the date this report gives the event.
 *
 * @param eventKey  the event's {@link io.storyline.domain.timeline.EventKey}, stable across re-analysis
 * @param dateValue the TIMEX3 value this report gives, or null
 */
public record Citation(long eventId, String eventKey, long documentId, String documentTitle, LocalDate documentDate,
        String sentence, int begin, int end, int triggerBegin, int triggerEnd, String dateValue) {}
