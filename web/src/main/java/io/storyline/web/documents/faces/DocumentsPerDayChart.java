package io.storyline.web.documents.faces;

import io.storyline.domain.document.DayCount;
import io.storyline.web.layout.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * The small bar chart above the documents table: documents per day, stacked by where the day comes from (the
 * publication date, or the upload for documents without one). The Chart.js configuration is built with JSON-P,
 * never by pasting text into script.
 */
public final class DocumentsPerDayChart {

    private DocumentsPerDayChart() {
    }

    /** The Chart.js configuration for {@code p:chart}, or {@code null} when there is nothing to draw. */
    public static String config(List<DayCount> days) {
        if (days.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder published = Json.createArrayBuilder();
        JsonArrayBuilder uploaded = Json.createArrayBuilder();
        for (DayCount day : days) {
            labels.add(day.day().toString());
            published.add(day.published());
            uploaded.add(day.uploaded());
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("Published that day", published, "#3b6ea5"))
                                .add(dataset("Uploaded that day (no publication date)", uploaded, "#c9a227"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build();
        return ScriptJson.of(config);
    }

    private static JsonObject dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).build();
    }
}
