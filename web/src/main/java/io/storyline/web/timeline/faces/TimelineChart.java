package io.storyline.web.timeline.faces;

import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineEntry;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.timeline.TimelineParticipant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * The visual timeline: one item per dated entry (a point for a day, a range for a month or a year), in rows by
 * event type or by the first actor. Undated entries stay in their own list on the page.
 */
public final class TimelineChart {

    private final TimelineModel<String, String> model;

    private TimelineChart(TimelineModel<String, String> model) {
        this.model = model;
    }

    static TimelineChart of(Timeline timeline, boolean byActor) {
        TimelineModel<String, String> model = new TimelineModel<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (TimelineEntry e : timeline.dated()) {
            String group = byActor ? actor(e) : e.typeName();
            String id = groups.computeIfAbsent(group, g -> "g" + groups.size());
            boolean point = e.date().start().equals(e.date().end());
            TimelineEvent.Builder<String> item = TimelineEvent.<String>builder().id("e-" + e.key().replace(':', '-'))
                    .data(e.date().display() + " \u00b7 " + e.summary()).startDate(e.date().start()).group(id)
                    .styleClass(e.datesDisagree() ? "disputed" : "agreed");
            if (!point) {
                item.endDate(e.date().end().plusDays(1));
            }
            model.add(item.build());
        }
        groups.forEach((name, id) -> model.addGroup(new TimelineGroup<>(id, name)));
        return new TimelineChart(model);
    }

    private static String actor(TimelineEntry e) {
        return e.participants().stream().filter(p -> p.role() == ParticipantRole.AGENT).findFirst()
                .or(() -> e.participants().stream().findFirst()).map(TimelineParticipant::name)
                .orElse("(no one named)");
    }

    public TimelineModel<String, String> getModel() {
        return model;
    }

    public boolean isEmpty() {
        return model.getEvents().isEmpty();
    }
}
