package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date formats publishers put in metadata: ISO 8601 with or without time and offset (also
 * {@code +0300} and a space instead of {@code T}), RFC 1123, compact {@code 20240501}, and English
 * "May 1, 2024" / "1 May 2024". A time without an offset is taken as a day only: the day is what it says.
 */
final class DateParsing {

    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT));

    private DateParsing() {
    }

    /** A candidate from {@code raw}, or empty when it is no date we can read. */
    static Optional<DateCandidate> candidate(DateSource source, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.length() < 6 || value.length() > 60) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateCandidate.ofTime(source, OffsetDateTime.parse(value, OFFSET), value));
        } catch (DateTimeParseException e) {
            // not an instant with an offset
        }
        try {
            var parsed = OFFSET.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(DateCandidate.ofDay(source, local.toLocalDate(), value));
            }
        } catch (DateTimeParseException e) {
            // not ISO with a time
        }
        try {
            return Optional.of(DateCandidate.ofTime(source,
                    OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME), value));
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        String dayPart = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        for (DateTimeFormatter format : DAYS) {
            try {
                return Optional.of(DateCandidate.ofDay(source, LocalDate.parse(dayPart, format), value));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** A {@link java.util.Date} from file metadata, kept as an instant in UTC. */
    static DateCandidate fromUtc(DateSource source, java.util.Date date, String raw) {
        return DateCandidate.ofTime(source, date.toInstant().atOffset(ZoneOffset.UTC), raw);
    }
}
