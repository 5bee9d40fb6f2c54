package io.storyline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test reports: a text uploaded as a file of its own and waited for until analysed. */
public final class Reports {

    private static final Duration SETTLE = Duration.ofMinutes(3);

    private Reports() {
    }

    /** Uploads {@code text} as admin with its publication date and waits until it is analysed; its id. */
    public static long analysed(String text, String publishedAt) {
        return analysed(text, publishedAt, Map.of());
    }

    /** The same with more upload fields ({@code source}, {@code tags}, ...). */
    public static long analysed(String text, String publishedAt, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("publishedAt", publishedAt);
        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents",
                Api.file("report-" + UUID.randomUUID() + ".txt", text.getBytes(StandardCharsets.UTF_8)), all);
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject document = Api.asAdmin().awaitSettled(id, SETTLE);
        assertEquals("ANALYZED", document.getString("status"), document.toString());
        return id;
    }

    /**
     * Waits until the document was analysed again after the last decision or re-analysis asked for (its history
     * ends with ANALYZED after them).
     */
    public static void awaitAnalysedAgain(long id) {
        long end = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < end) {
            java.util.List<String> steps = Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).stream()
                    .map(h -> h.asJsonObject().getString("step")).toList();
            int last = Math.max(steps.lastIndexOf("DECISION_RECORDED"), steps.lastIndexOf("REANALYSIS_REQUESTED"));
            if (steps.lastIndexOf("ANALYZED") > last) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("document " + id + " was not analysed again within " + SETTLE);
    }
}
