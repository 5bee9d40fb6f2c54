package io.storyline.web.timeline;

import io.storyline.analysis.timeline.Citation;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.analysis.timeline.TimelineEntry;
import io.storyline.domain.common.Csv;
import io.storyline.domain.time.Granularity;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/**
 * A timeline as newsrooms publish it: TimelineJS JSON (the format its embed reads) and CSV. TimelineJS puts headlines,
 * texts and group labels into the embedding page as HTML, so everything that came from documents or people is
 * encoded for HTML there (twice in the fields TimelineJS decodes first: {@link #plainTextField}); CSV is written by
 * {@link Csv}, which defuses cells a spreadsheet would run as a formula.
 */
public final class TimelineExports {

    /** How TimelineJS groups entries into rows. */
    public enum Grouping { TYPE, ACTOR }

    /** One entry to publish, with the editor's note if any. */
    public record Item(TimelineEntry entry, String note) {}

    private TimelineExports() {
    }

    /** TimelineJS JSON; undated entries cannot be placed and are named in the title slide instead. */
    public static String timelineJs(String title, List<Item> items, Grouping grouping) {
        List<TjsEvent> events = new ArrayList<>();
        int undated = 0;
        for (Item item : items) {
            TimelineEntry e = item.entry();
            if (!e.dated()) {
                undated++;
                continue;
            }
            EntryDate d = e.date();
            boolean oneDay = d.start().equals(d.end());
            events.add(new TjsEvent(TjsDate.start(d), oneDay || fuzzyByItself(d.granularity()) ? null
                    : TjsDate.of(d.end().getYear(), d.end().getMonthValue(), d.end().getDayOfMonth()),
                    plainTextField(d.display()), new TjsText(escape(e.summary()), text(item)), group(e, grouping),
                    e.key()));
        }
        String intro = items.size() + " entries from the Storyline archive"
                + (undated > 0 ? "; " + undated + " without a date are in the CSV export only" : "") + ".";
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return jsonb.toJson(new TjsTimeline(new TjsSlide(new TjsText(escape(title), escape(intro))), events));
        } catch (Exception e) {
            throw new IllegalStateException("TimelineJS export failed", e);
        }
    }

    private static boolean fuzzyByItself(Granularity g) {
        return g == Granularity.MONTH || g == Granularity.YEAR;
    }

    /** The row label, a plain-text field of TimelineJS (see {@link #plainTextField}). */
    private static String group(TimelineEntry e, Grouping grouping) {
        return plainTextField(grouping == Grouping.ACTOR ? e.firstActor() : e.typeName());
    }

    /**
     * A field TimelineJS takes as plain text ({@code group}, {@code display_date}): TimelineJS 3 turns it into text by
     * parsing it as HTML and keeping the text (which decodes {@code &lt;} back to {@code <}), and then writes that text
     * into the page as HTML. So it is encoded twice: what TimelineJS finally writes is still encoded once, and shows
     * the name as text. (Found by rendering the export with TimelineJS 3.9 itself in the hostile-content tests.)
     */
    static String plainTextField(String raw) {
        return escape(escape(raw));
    }

    /** The entry's body: the citations and the note, as HTML with every piece of document text escaped. */
    private static String text(Item item) {
        StringBuilder s = new StringBuilder();
        for (Citation c : item.entry().citations()) {
            s.append("<blockquote>").append(escape(c.sentence())).append("</blockquote><p>\u2014 ")
                    .append(escape(c.documentTitle() == null ? "document " + c.documentId() : c.documentTitle()))
                    .append(c.documentDate() == null ? "" : ", " + c.documentDate()).append("</p>");
        }
        if (item.entry().datesDisagree()) {
            s.append("<p>Sources disagree on the date: ").append(escape(item.entry().dates().stream()
                    .map(d -> d.date().display()).collect(Collectors.joining(" / ")))).append("</p>");
        }
        if (item.note() != null) {
            s.append("<p>Note: ").append(escape(item.note())).append("</p>");
        }
        return s.toString();
    }

    /** Text made inert in HTML (TimelineJS sets headlines, texts and group labels as HTML). */
    static String escape(String raw) {
        return raw == null ? "" : Encode.forHtml(raw);
    }

    /** CSV (RFC 4180, UTF-8), one row an entry, in timeline order. */
    public static String csv(List<Item> items) {
        StringBuilder out = new StringBuilder();
        row(out, "position", "date", "display_date", "granularity", "dates_disagree", "type", "summary",
                "participants", "place", "note", "documents", "citations", "entry_key");
        int position = 0;
        for (Item item : items) {
            TimelineEntry e = item.entry();
            EntryDate d = e.date();
            row(out, Integer.toString(++position), d == null ? "" : d.value(), d == null ? "undated" : d.display(),
                    d == null ? "" : d.granularity().name().toLowerCase(Locale.ROOT),
                    Boolean.toString(e.datesDisagree()), e.typeName(), e.summary(),
                    e.participants().stream().map(p -> p.name() + " (" + p.role().name().toLowerCase(Locale.ROOT)
                            + ")").collect(Collectors.joining("; ")),
                    e.place() == null ? "" : e.place(), item.note() == null ? "" : item.note(),
                    e.citations().stream().map(c -> c.documentId() + ": " + (c.documentTitle() == null ? ""
                            : c.documentTitle())).distinct().collect(Collectors.joining("; ")),
                    e.citations().stream().map(Citation::sentence).collect(Collectors.joining(" | ")), e.key());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        Csv.writeRow(out, List.of(cells));
    }

    /** TimelineJS's document. */
    public record TjsTimeline(TjsSlide title, List<TjsEvent> events) {}

    /** TimelineJS's title slide. */
    public record TjsSlide(TjsText text) {}

    /** TimelineJS's slide text (HTML). */
    public record TjsText(String headline, String text) {}

    /** One TimelineJS event. */
    public record TjsEvent(@JsonbProperty("start_date") TjsDate startDate, @JsonbProperty("end_date") TjsDate endDate,
            @JsonbProperty("display_date") String displayDate, TjsText text, String group,
            @JsonbProperty("unique_id") String uniqueId) {}

    /** A TimelineJS date: as precise as known (a year alone, a year and month, or a day). */
    public record TjsDate(int year, Integer month, Integer day) {

        static TjsDate of(int year, Integer month, Integer day) {
            return new TjsDate(year, month, day);
        }

        static TjsDate start(EntryDate d) {
            return switch (d.granularity()) {
                case YEAR, DECADE, CENTURY -> new TjsDate(d.start().getYear(), null, null);
                case MONTH -> new TjsDate(d.start().getYear(), d.start().getMonthValue(), null);
                default -> new TjsDate(d.start().getYear(), d.start().getMonthValue(), d.start().getDayOfMonth());
            };
        }
    }
}
