package io.storyline.web.timeline.faces;

import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineEntry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.owasp.encoder.Encode;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * The visual timeline: one item per dated entry (a point for a day, a range for a month or a year), in rows by
 * event type or by the first actor. Undated entries stay in their own list on the page.
 *
 * <p>Every label is encoded here, never by the page. {@code p:timeline} writes its items into a script for
 * vis-timeline, which sets them as HTML with its own XSS filter turned off by PrimeFaces; and text rendered by child
 * components there is not escaped at all (Mojarra's writer, cloned inside the script element, keeps "do not
 * escape"). So the page gives the component no children: an item's data is written as it is into a JavaScript
 * string, and is HTML-encoded, then JavaScript-encoded; a row label is HTML-encoded (PrimeFaces JavaScript-encodes
 * it). A name from a document or a person is always text.
 */
public final class TimelineChart {

    private final TimelineModel<String, String> model;
    private final LocalDateTime start;
    private final LocalDateTime end;

    private TimelineChart(TimelineModel<String, String> model, LocalDateTime start, LocalDateTime end) {
        this.model = model;
        this.start = start;
        this.end = end;
    }

    static TimelineChart of(Timeline timeline, boolean byActor) {
        TimelineModel<String, String> model = new TimelineModel<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (TimelineEntry e : timeline.dated()) {
            String group = byActor ? e.firstActor() : e.typeName();
            String id = groups.computeIfAbsent(group, g -> "g" + groups.size());
            boolean point = e.date().start().equals(e.date().end());
            TimelineEvent.Builder<String> item = TimelineEvent.<String>builder().id("e-" + e.key().replace(':', '-'))
                    .data(itemContent(e.date().display() + " \u00b7 " + e.summary())).startDate(e.date().start()).group(id)
                    .styleClass(e.datesDisagree() ? "disputed" : "agreed");
            if (!point) {
                item.endDate(e.date().end().plusDays(1));
            }
            model.add(item.build());
        }
        groups.forEach((name, id) -> model.addGroup(new TimelineGroup<>(id, groupContent(name))));
        if (timeline.dated().isEmpty()) {
            return new TimelineChart(model, null, null);
        }
        LocalDate first = timeline.dated().stream().map(e -> e.date().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = timeline.dated().stream().map(e -> e.date().end()).max(LocalDate::compareTo).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last);
        // Room on the right for the label of the last item, which starts at its date and runs on.
        return new TimelineChart(model, first.minusDays(Math.max(3, span / 20)).atStartOfDay(),
                last.plusDays(Math.max(10, span / 3)).atStartOfDay());
    }

    /** An item's text as PrimeFaces must be given it: HTML-encoded, then encoded for a JavaScript string. */
    static String itemContent(String text) {
        return Encode.forJavaScript(Encode.forHtml(text));
    }

    /** A row's label as PrimeFaces must be given it: HTML-encoded (it encodes for JavaScript itself). */
    static String groupContent(String text) {
        return Encode.forHtml(text);
    }

    /** Where the drawing opens: the entries' whole span and a little room. */
    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public TimelineModel<String, String> getModel() {
        return model;
    }

    /** Whether there is anything to draw. */
    public boolean isDrawn() {
        return !model.getEvents().isEmpty();
    }
}
