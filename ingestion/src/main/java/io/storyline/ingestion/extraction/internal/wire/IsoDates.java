package io.storyline.ingestion.extraction.internal.wire;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 8601 dates news XML writes: extended ({@code 2026-05-05T09:30:00+02:00}, NewsML-G2's xs:dateTime and
 * TimeML's values) and basic ({@code 20260505T093000+0200}, NITF's {@code norm}). As elsewhere in Storyline, a time
 * without an offset is taken as a day only: the day is what it says, the instant is unknown.
 */
final class IsoDates {

    private static final Pattern BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern EXTENDED = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private IsoDates() {
    }

    /** A candidate of {@code source} from {@code raw}, or empty when it is no ISO 8601 day or instant. */
    static Optional<DateCandidate> candidate(DateSource source, String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        String value = raw.strip();
        Matcher m = EXTENDED.matcher(value);
        if (!m.matches()) {
            m = BASIC.matcher(value);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null || m.group(7) == null) {
                return Optional.of(DateCandidate.ofDay(source, day, value));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(DateCandidate.ofTime(source, OffsetDateTime.of(day, time, offset(m.group(7))), value));
        } catch (DateTimeException e) {
            return Optional.empty(); // "2026-02-30": no day at all
        }
    }

    private static ZoneOffset offset(String written) {
        if ("Z".equals(written)) {
            return ZoneOffset.UTC;
        }
        String digits = written.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
