package io.storyline.web.documents.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.owasp.encoder.Encode;

/**
 * A document's text as HTML with spans highlighted. The text comes from hostile files, so every piece of it, and
 * every title, note and link of a span, is escaped here: the page may write the result unescaped because this class
 * never lets text become markup. Spans may overlap or nest: the text is cut at every span boundary and each piece
 * carries the classes and titles of all spans covering it. Spans outside the text are left out; a boundary inside
 * a surrogate pair is moved so that no character is split.
 */
public final class TextMarkup {

    /** The class of a span that marks a word a search matched; its text is also wrapped in {@code <mark>}. */
    public static final String SEARCH_HIT = "search-hit";

    /**
     * One highlighted stretch of text.
     *
     * @param begin   first character, counted in UTF-16 units as the analysis counts them
     * @param end     one past the last character
     * @param classes CSS classes separated by spaces; anything but letters, digits, {@code -} and {@code _} is dropped
     * @param title   the tooltip, or null
     * @param href    a link on this site (starting with {@code /}), or null; other links are dropped
     * @param note    a short text shown after the span (a date's value, an event's type), or null
     */
    public record Span(int begin, int end, String classes, String title, String href, String note) {
    }

    private TextMarkup() {
    }

    /** The text as HTML, each piece wrapped in the spans that cover it. */
    public static String toHtml(String text, List<Span> spans) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<Span> valid = new ArrayList<>();
        for (Span span : spans) {
            Span whole = span == null ? null : wholeCharacters(text, span);
            if (whole != null) {
                valid.add(whole);
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        valid.forEach(s -> {
            cuts.add(s.begin());
            cuts.add(s.end());
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> valid.get(i).begin()));
        StringBuilder html = new StringBuilder(text.length() + valid.size() * 80);
        Set<Integer> open = new TreeSet<>();
        int next = 0;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                final int start = from;
                open.removeIf(i -> valid.get(i).end() <= start);
                while (next < order.size() && valid.get(order.get(next)).begin() <= start) {
                    open.add(order.get(next++));
                }
                List<Span> covering = open.stream().map(valid::get).toList();
                piece(html, text.substring(start, cut), covering, cut);
            }
            from = cut;
        }
        return html.toString();
    }

    private static void piece(StringBuilder html, String words, List<Span> covering, int end) {
        if (covering.isEmpty()) {
            escape(html, words);
            return;
        }
        Set<String> classes = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        String href = null;
        for (Span s : covering) {
            classes.addAll(classes(s.classes()));
            if (s.title() != null && !s.title().isBlank()) {
                titles.add(s.title());
            }
            if (href == null && s.href() != null && s.href().startsWith("/") && !s.href().startsWith("//")) {
                href = s.href();
            }
        }
        String element = href == null ? "span" : "a";
        html.append('<').append(element);
        if (href != null) {
            html.append(" href=\"");
            escape(html, href);
            html.append('"');
        }
        html.append(" class=\"");
        escape(html, String.join(" ", classes));
        html.append('"');
        if (!titles.isEmpty()) {
            html.append(" title=\"");
            escape(html, String.join("\n", titles));
            html.append('"');
        }
        html.append('>');
        if (classes.contains(SEARCH_HIT)) {
            html.append("<mark>");
            escape(html, words);
            html.append("</mark>");
        } else {
            escape(html, words);
        }
        html.append("</").append(element).append('>');
        for (Span s : covering) {
            if (s.end() == end && s.note() != null && !s.note().isBlank()) {
                List<String> own = classes(s.classes());
                html.append("<small class=\"note");
                if (!own.isEmpty()) {
                    html.append(' ').append(own.get(0)).append("-note");
                }
                html.append("\">");
                escape(html, s.note());
                html.append("</small>");
            }
        }
    }

    /** The span with its ends moved off the middle of surrogate pairs, or null when it is not inside the text. */
    private static Span wholeCharacters(String text, Span span) {
        int begin = span.begin();
        int end = span.end();
        if (begin < 0 || end > text.length() || begin >= end) {
            return null;
        }
        if (begin > 0 && Character.isLowSurrogate(text.charAt(begin)) && Character.isHighSurrogate(text.charAt(begin - 1))) {
            begin--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return new Span(begin, end, span.classes(), span.title(), span.href(), span.note());
    }

    private static List<String> classes(String classes) {
        List<String> names = new ArrayList<>();
        if (classes == null) {
            return names;
        }
        for (String name : classes.split("\\s+")) {
            String clean = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
            if (!clean.isEmpty()) {
                names.add(clean);
            }
        }
        return names;
    }

    /** Encodes for HTML text and quoted attribute values alike. */
    static void escape(StringBuilder html, String text) {
        html.append(Encode.forHtml(text));
    }
}
