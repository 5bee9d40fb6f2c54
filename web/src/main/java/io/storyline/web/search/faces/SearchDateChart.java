package io.storyline.web.search.faces;

import io.storyline.analysis.search.DateBucket;
import io.storyline.web.layout.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The date histogram of a search as a Chart.js bar chart: hits per publication month or year. Built with JSON-P and
 * written through {@link ScriptJson}, never by pasting text into script. The page lists the same bars in a table,
 * for screen readers and for narrowing the search to a period.
 */
final class SearchDateChart {

    private SearchDateChart() {
    }

    static String config(List<DateBucket> buckets) {
        if (buckets.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        buckets.forEach(b -> {
            labels.add(b.label());
            counts.add(b.count());
        });
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "documents published").add("data", counts)
                                .add("backgroundColor", "#3b6ea5"))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build());
    }
}
