package io.storyline.analysis.times;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarter a business story reports on. Earnings news names a quarter once ("third-quarter net income") and
 * then speaks of "the quarter", comparing it with "a year earlier" or "the year-ago period": the same quarter one
 * year before, not the whole previous year. Without a named quarter, "the quarter" in reported speech is the last
 * complete quarter before the reference date, the one companies report on.
 */
final class ReportingPeriod {

    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern THE_QUARTER = Pattern.compile(
            "(?i)(the\\s+)?(latest|recent|most\\s+recent|just[- ]ended|reporting)?\\s*(fiscal\\s+)?quarter");
    private static final Pattern YEAR_BACK = Pattern.compile(
            "(?i)(a\\s+year\\s+(ago|earlier|before)|(the\\s+)?year[- ](earlier|ago)(\\s+(quarter|period|level|results?))?)");

    private String quarter;
    private int sentence = -10;

    /** The value for an expression: the reporting quarter where the words refer to it, else {@code value}. */
    String resolve(String words, int sentenceIndex, String value, LocalDate reference) {
        String w = words.strip();
        if (value != null && QUARTER_VALUE.matcher(value).matches() && !THE_QUARTER.matcher(w).matches()) {
            quarter = value;
            sentence = sentenceIndex;
            return value;
        }
        if (THE_QUARTER.matcher(w).matches()) {
            if (quarter != null) {
                sentence = sentenceIndex;
                return quarter;
            }
            return reference == null ? value : previousQuarter(reference);
        }
        if (quarter != null && sentenceIndex - sentence <= 3 && YEAR_BACK.matcher(w).matches()) {
            Matcher q = QUARTER_VALUE.matcher(quarter);
            if (q.matches()) {
                return (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2);
            }
        }
        return value;
    }

    private static String previousQuarter(LocalDate reference) {
        LocalDate before = reference.minusMonths(3);
        return String.format(Locale.ROOT, "%d-Q%d", before.getYear(), before.get(IsoFields.QUARTER_OF_YEAR));
    }
}
