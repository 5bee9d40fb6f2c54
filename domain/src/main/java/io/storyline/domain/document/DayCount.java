package io.storyline.domain.document;

import java.time.LocalDate;

/**
 * How many documents belong to one day: those published that day, and those without a publication date that were
 * uploaded that day.
 *
 * @param day       the calendar day
 * @param published documents whose publication date is this day
 * @param uploaded  documents without a publication date uploaded this day (UTC)
 */
public record DayCount(LocalDate day, long published, long uploaded) {

    public long total() {
        return published + uploaded;
    }
}
