package io.storyline.web.documents.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.storyline.domain.document.DayCount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsPerDayChartTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void daysBecomeLabelsAndEachSourceOfTheDayAStackedSeries() {
        String config = DocumentsPerDayChart.config(List.of(
                new DayCount(LocalDate.of(2024, 4, 30), 3, 0),
                new DayCount(LocalDate.of(2024, 5, 1), 1, 2)));

        JsonObject chart = parse(config);
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("2024-04-30", "2024-05-01"), chart.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("[3,1]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("[0,2]", datasets.getJsonObject(1).getJsonArray("data").toString());
        assertEquals(true, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
    }

    @Test
    void nothingToDrawWithoutDocuments() {
        assertNull(DocumentsPerDayChart.config(List.of()));
    }
}
