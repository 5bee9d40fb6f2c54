package io.storyline.web.timeline.rest;

import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.timeline.TimelineExports;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The HTTP answer carrying an export. */
final class Exports {

    private Exports() {
    }

    /** The export format asked for (timelinejs when none), checked. */
    static String format(String format) {
        String f = format == null || format.isBlank() ? "timelinejs" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("timelinejs") && !f.equals("csv")) {
            throw new InvalidRequestException("\"format\" is timelinejs or csv, not \"" + format + "\".");
        }
        return f;
    }

    static Response response(String format, String group, String filename, String title,
                             List<TimelineExports.Item> items) {
        String f = format(format);
        return switch (f) {
            case "timelinejs" -> Response.ok(TimelineExports.timelineJs(title, items, grouping(group))
                            .getBytes(StandardCharsets.UTF_8), "application/json;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + filename + ".json\"").build();
            case "csv" -> Response.ok(TimelineExports.csv(items).getBytes(StandardCharsets.UTF_8),
                            "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"").build();
            default -> throw new InvalidRequestException("\"format\" is timelinejs or csv, not \"" + format + "\".");
        };
    }

    static TimelineExports.Grouping grouping(String group) {
        if (group == null || group.isBlank()) {
            return TimelineExports.Grouping.TYPE;
        }
        try {
            return TimelineExports.Grouping.valueOf(group.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("\"group\" is type or actor, not \"" + group + "\".");
        }
    }
}
