package io.storyline.analysis.evaluation.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes predictions into a copy of a gold TimeML file. Everything outside {@code <TEXT>} is copied
 * byte for byte (the TempEval tools look there for the document date); inside, only our TIMEX3s remain.
 * Our tids are numbered afresh, skipping those the rest of the file uses (the DCT's t0).
 */
public final class TimeMlWriter {

    private static final Pattern TEXT_START = Pattern.compile("<TEXT(\\s[^>]*)?>");
    private static final String TEXT_END = "</TEXT>";
    private static final Pattern TID = Pattern.compile("\\btid\\s*=\\s*[\"']([^\"']*)[\"']");

    public void write(Path goldFile, Path target, String text, List<TimeMlTimex> timexes) throws IOException {
        String gold = Files.readString(goldFile, StandardCharsets.UTF_8);
        String written = render(gold, text, timexes, goldFile.toString());
        PredictionFiles.write(target, written);
    }

    /** The gold file with its {@code <TEXT>} content replaced by {@code text} and our tags. */
    public String render(String goldXml, String text, List<TimeMlTimex> timexes, String where)
            throws GoldFormatException {
        Matcher start = TEXT_START.matcher(goldXml);
        int end = goldXml.lastIndexOf(TEXT_END);
        if (!start.find() || end < start.end()) {
            throw new GoldFormatException(where + ": no <TEXT> element to write into");
        }
        String before = goldXml.substring(0, start.end());
        String after = goldXml.substring(end);
        Set<String> reserved = tids(before);
        reserved.addAll(tids(after));
        return before + tagged(text, writable(text, timexes), reserved) + after;
    }

    /**
     * The timexes TimeML can hold: inside the text, not empty, not overlapping an earlier (or, at the same
     * start, longer) one, since tags may not cross.
     */
    public static List<TimeMlTimex> writable(String text, List<TimeMlTimex> timexes) {
        List<TimeMlTimex> sorted = new ArrayList<>(timexes);
        sorted.sort(Comparator.comparingInt(TimeMlTimex::begin)
                .thenComparing(Comparator.comparingInt(TimeMlTimex::end).reversed()));
        List<TimeMlTimex> kept = new ArrayList<>();
        int covered = 0;
        for (TimeMlTimex timex : sorted) {
            if (timex.begin() >= covered && timex.begin() < timex.end() && timex.end() <= text.length()) {
                kept.add(timex);
                covered = timex.end();
            }
        }
        return kept;
    }

    private static String tagged(String text, List<TimeMlTimex> timexes, Set<String> reserved) {
        StringBuilder out = new StringBuilder(text.length() + timexes.size() * 64);
        int position = 0;
        int next = 1;
        for (TimeMlTimex timex : timexes) {
            while (reserved.contains("t" + next)) {
                next++;
            }
            out.append(XmlFiles.escape(text.substring(position, timex.begin())));
            out.append("<TIMEX3 tid=\"t").append(next++).append('"');
            attribute(out, "type", timex.type());
            attribute(out, "value", timex.value());
            out.append('>').append(XmlFiles.escape(text.substring(timex.begin(), timex.end()))).append("</TIMEX3>");
            position = timex.end();
        }
        return out.append(XmlFiles.escape(text.substring(position))).toString();
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(XmlFiles.escape(value)).append('"');
        }
    }

    private static Set<String> tids(String xml) {
        Set<String> tids = new HashSet<>();
        Matcher matcher = TID.matcher(xml);
        while (matcher.find()) {
            tids.add(matcher.group(1));
        }
        return tids;
    }
}
