package io.storyline.analysis.times;

import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Timex;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.time.TimeAnchor;
import io.storyline.domain.time.TimeValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the pipeline's time expressions into {@link FoundTime}s, correcting SUTime where news text misleads it:
 * <ul>
 * <li>SUTime resolves a bare weekday to that day of the reference week, and a month or month-and-day to the
 * reference year, whatever the tense. The tense of the verb the expression hangs from decides instead: "said
 * Friday" is the last Friday, "will meet Monday" the next Monday, "the Oct. 23 slaying" told in the past the last
 * 23 October ({@link Tenses}); the same for a holiday ("found on Thanksgiving Day").</li>
 * <li>"41 years ago" is a year, not a day: a value counted back in years, months or weeks keeps that unit.</li>
 * <li>A time keeps its local clock time without a zone offset, as TIMEX3 values are written.</li>
 * <li>Business news reports on a quarter: once a text names one ("the third quarter"), "the quarter" is that
 * quarter and "a year earlier" or "the year-ago period" next to it the same quarter a year before; without one,
 * "the quarter" is the last complete quarter before the reference date ({@link ReportingPeriod}).</li>
 * <li>"The past three years" and "the coming weeks" are durations, "the second half of 1989" a half year
 * ({@link Spans}).</li>
 * <li>Some words are not time expressions here: ages ("6-year-old"), "once", "previously", "annual" and
 * "quarterly" as adjectives, the SEC, a person called Jan.</li>
 * </ul>
 */
public final class TimeNormalizer {

    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]|20)\\d\\d\\b|'\\d\\d\\b");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ZONE = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2})?)(?:Z|[+-]\\d{2}:?\\d{2})$");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(year|month|week|day)s?[- ]old\\b");
    private static final Pattern COUNTED_BACK = Pattern.compile(
            "(?i)\\b(years?|months?|weeks?|decades?)\\s+(ago|earlier|before|later|after)\\b");
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
            + "|nov|dec)[a-z]*\\.?");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b([1-9]|[12]\\d|3[01])(st|nd|rd|th)?\\b");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> RELATIVE_CUES = Set.of("last", "next", "this", "coming", "past", "previous",
            "following", "ago", "before", "after", "earlier", "later", "that", "same");
    private static final Set<String> NOT_TIMES = Set.of("once", "previously", "annual", "quarterly", "the", "a", "an");

    public List<FoundTime> normalize(AnnotatedText text, ReferenceSource source) {
        List<FoundTime> found = new ArrayList<>();
        ReportingPeriod period = new ReportingPeriod();
        for (Sentence s : text.sentences()) {
            for (Timex t : s.times()) {
                String words = text.span(t.begin(), t.end());
                String next = t.tokenEnd() < s.tokens().size() ? s.token(t.tokenEnd()).word() : "";
                if (notATime(words, t) || isFirstName(words, next)) {
                    continue;
                }
                String normalized = normalized(t, words, s, text.referenceDate());
                String value = period.resolve(words, s.index(), normalized, text.referenceDate());
                String type = value != null && !value.equals(normalized) ? "DATE" : t.type();
                Spans.Reading reading = Spans.read(words);
                if (reading != null) {
                    type = reading.type();
                    value = reading.value();
                }
                found.add(new FoundTime(s.index(), t.tokenStart(), t.tokenEnd(), t.begin(), t.end(), words, type,
                        value, anchor(words, value, text.referenceDate(), source)));
            }
        }
        return found;
    }

    private static boolean notATime(String words, Timex t) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (NOT_TIMES.contains(w) || w.isEmpty() || AGE.matcher(words).find() || words.strip().endsWith("SEC")) {
            return true;
        }
        // "Jan Kavan": a month's abbreviation before a capitalised name is a person's first name
        String[] parts = words.strip().split("\\s+");
        return parts.length == 2 && parts[0].matches("[A-Z][a-z]{2}") && MONTH_NAME.matcher(parts[0]).matches()
                && parts[1].matches("[A-Z][a-z]+") && !DAY_NUMBER.matcher(parts[1]).find()
                && !WEEKDAYS.contains(parts[1].toLowerCase(Locale.ROOT));
    }

    /** "Jan" directly before a capitalised word is a first name, as in "Jan Kavan". */
    private static boolean isFirstName(String words, String next) {
        String w = words.strip();
        return w.matches("[A-Z][a-z]{2}") && MONTH_NAME.matcher(w).matches() && next.matches("[A-Z][a-z]+")
                && !WEEKDAYS.contains(next.toLowerCase(Locale.ROOT)) && !MONTH_NAME.matcher(next).matches();
    }

    private static TimeAnchor anchor(String words, String value, LocalDate reference, ReferenceSource source) {
        if (value == null || TimeValue.parse(value).isEmpty() && !value.endsWith("_REF")) {
            return TimeAnchor.UNRESOLVED;
        }
        if (YEAR.matcher(words).find()) {
            return TimeAnchor.ABSOLUTE;
        }
        if (reference == null) {
            return TimeAnchor.UNRESOLVED;
        }
        return source == ReferenceSource.UPLOAD_DATE ? TimeAnchor.UPLOAD_DATE : TimeAnchor.PUBLICATION_DATE;
    }

    private static String normalized(Timex t, String words, Sentence s, LocalDate reference) {
        String value = t.value();
        if (value == null) {
            return null;
        }
        Matcher zone = ZONE.matcher(value);
        if (zone.find()) {
            value = value.substring(0, zone.start()) + zone.group(1);
        }
        if (reference == null || !"DATE".equals(t.type()) || YEAR.matcher(words).find()) {
            return value;
        }
        Matcher back = COUNTED_BACK.matcher(words);
        if (back.find() && DAY_VALUE.matcher(value).matches()) {
            return inUnit(value, back.group(1).toLowerCase(Locale.ROOT));
        }
        if (hasRelativeCue(words)) {
            return value;
        }
        Tenses.Tense tense = Tenses.of(s, t);
        if (DAY_VALUE.matcher(value).matches()) {
            return dayByTense(value, words, tense, reference);
        }
        if (MONTH_VALUE.matcher(value).matches() && MONTH_NAME.matcher(words).find()) {
            return monthByTense(value, tense, reference);
        }
        return value;
    }

    /** "41 years ago" names a year: {@code 1959-01-15} becomes {@code 1959}; months a month; weeks an ISO week. */
    private static String inUnit(String value, String unit) {
        LocalDate day = LocalDate.parse(value);
        if (unit.startsWith("year")) {
            return Integer.toString(day.getYear());
        }
        if (unit.startsWith("decade")) {
            return Integer.toString(day.getYear() / 10) + "X";
        }
        if (unit.startsWith("month")) {
            return value.substring(0, 7);
        }
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String dayByTense(String value, String words, Tenses.Tense tense, LocalDate reference) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return value;
        }
        String w = words.toLowerCase(Locale.ROOT);
        boolean weekday = !w.matches(".*\\d.*") && containsAny(w, WEEKDAYS);
        boolean monthDay = MONTH_NAME.matcher(words).find() && DAY_NUMBER.matcher(words).find();
        boolean holiday = !weekday && !monthDay && Character.isUpperCase(words.strip().charAt(0))
                && !w.matches(".*\\d.*"); // "Thanksgiving Day", "Christmas": a day of the year, like a date
        if (weekday) {
            if (tense == Tenses.Tense.PAST && day.isAfter(reference)) {
                return day.minusWeeks(1).toString();
            }
            if (tense == Tenses.Tense.FUTURE && day.isBefore(reference)) {
                return day.plusWeeks(1).toString();
            }
        } else if (monthDay || holiday) {
            if (tense == Tenses.Tense.PAST && day.isAfter(reference.plusDays(1))) {
                return day.minusYears(1).toString();
            }
            if (tense == Tenses.Tense.FUTURE && day.isBefore(reference.minusDays(1))) {
                return day.plusYears(1).toString();
            }
        }
        return value;
    }

    private static String monthByTense(String value, Tenses.Tense tense, LocalDate reference) {
        int year = Integer.parseInt(value.substring(0, 4));
        int month = Integer.parseInt(value.substring(5, 7));
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate referenceMonth = reference.withDayOfMonth(1);
        if (tense == Tenses.Tense.PAST && first.isAfter(referenceMonth)) {
            return String.format(Locale.ROOT, "%04d-%02d", year - 1, month);
        }
        if (tense == Tenses.Tense.FUTURE && first.isBefore(referenceMonth)) {
            return String.format(Locale.ROOT, "%04d-%02d", year + 1, month);
        }
        return value;
    }

    private static boolean hasRelativeCue(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (RELATIVE_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String words, Set<String> set) {
        for (String part : words.split("\\W+")) {
            if (set.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
