package io.storyline.it.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One upload must not take the server's analysis hostage: a 5 MB text without a single sentence end (which
 * once held a core for 16 minutes and was tried three times) ends within two minutes, analysed once; a second
 * long text waits for its turn without taking the other worker, and an ordinary news text uploaded meanwhile is
 * analysed while the long one is still in work. Default settings, over HTTP.
 */
@ExtendWith(SharedServer.class)
class UnbrokenTextIT {

    private static final int UNBROKEN_BYTES = 5_000_000;
    private static final Duration LIMIT = Duration.ofMinutes(2);
    /** Just over storyline.analysis.long-document-chars (200,000): long enough to wait its turn, no longer. */
    private static final int SECOND_BYTES = 210_000;


    /** Words of news separated by spaces: no '.', '!', '?' and no line break; {@code bytes} of them. */
    private static byte[] unbrokenText(int bytes) throws IOException {
        String sample;
        try (InputStream in = UnbrokenTextIT.class.getResourceAsStream("/samples/blinken-netanyahu-rafah.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] words = sample.replaceAll("[^A-Za-z]+", " ").strip().split(" ");
        Random random = new Random();
        StringBuilder text = new StringBuilder(bytes + 20).append(UUID.randomUUID().toString().replace("-", " "));
        while (text.length() < bytes) {
            text.append(' ').append(words[random.nextInt(words.length)]);
        }
        text.setLength(bytes);
        if (text.charAt(bytes - 1) == ' ') {
            text.setCharAt(bytes - 1, 'a');
        }
        byte[] content = text.toString().getBytes(StandardCharsets.US_ASCII);
        assertEquals(bytes, content.length);
        return content;
    }

    private static long upload(String filename, byte[] content) {
        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents", Api.file(filename, content),
                Map.of("publishedAt", "2024-05-01"));
        assertEquals(202, posted.statusCode(), posted.body());
        return Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String status(long id) {
        return Api.object(Api.asAdmin().get("api/documents/" + id)).getString("status");
    }

    private static List<JsonObject> history(long id) {
        return Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static long count(List<JsonObject> history, String step) {
        return history.stream().filter(h -> h.getString("step").equals(step)).count();
    }

    /** Waits (at most {@code limit}) until the document's history has the step, and answers the history. */
    private static List<JsonObject> awaitStep(long id, String step, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        List<JsonObject> history;
        do {
            Api.sleep(250);
            history = history(id);
        } while (count(history, step) == 0 && System.nanoTime() < end);
        return history;
    }

    @Test
    void aTextWithoutSentenceEndsEndsInTimeOnceAndOthersAreAnalysedMeanwhile() throws IOException {
        long uploaded = System.nanoTime();
        long unbroken = upload("unbroken-" + UUID.randomUUID() + ".txt", unbrokenText(UNBROKEN_BYTES));
        assertEquals(1, count(awaitStep(unbroken, "ANALYSIS_STARTED", LIMIT), "ANALYSIS_STARTED"),
                "the long text is in work");

        // A second long text waits for its turn, unclaimed, instead of taking the other worker.
        long second = upload("unbroken-" + UUID.randomUUID() + ".txt", unbrokenText(SECOND_BYTES));
        List<JsonObject> waiting = awaitStep(second, "ANALYSIS_DEFERRED", LIMIT);
        assertEquals("ANALYZING", status(unbroken), "still in work while the second long text came");
        assertTrue(waiting.stream().anyMatch(h -> h.getString("step").equals("ANALYSIS_DEFERRED")
                && h.getString("detail").contains("storyline.analysis.long-document-chars")), waiting.toString());
        assertEquals(0, count(waiting, "ANALYSIS_STARTED"), waiting.toString());

        long news = upload("news-" + UUID.randomUUID() + ".txt", ("Finance minister Marisol Quintana resigned on"
                + " Friday in Madrid, her office said. Prime Minister Pedro Sanchez accepted the resignation.\n("
                + UUID.randomUUID() + ")").getBytes(StandardCharsets.UTF_8));
        JsonObject analysedNews = Api.asAdmin().awaitSettled(news, LIMIT);
        assertEquals("ANALYZED", analysedNews.getString("status"), analysedNews.toString());
        assertEquals("ANALYZING", status(unbroken), "the news text did not wait for the long one");

        Duration left = LIMIT.minusNanos(System.nanoTime() - uploaded);
        JsonObject done = Api.asAdmin().awaitSettled(unbroken, left.isNegative() ? Duration.ZERO : left);
        String status = done.getString("status");
        if (status.equals("FAILED")) {
            assertEquals("TIMEOUT", done.getString("failureReason"), done.toString());
            String message = done.getString("failureMessage");
            assertTrue(message.contains("storyline.analysis.timeout-seconds") && message.contains("retry"), message);
        } else {
            assertEquals("ANALYZED", status, done.toString());
        }
        List<JsonObject> steps = history(unbroken);
        assertEquals(1, count(steps, "ANALYSIS_STARTED"), "analysed exactly once: " + steps);
        if (status.equals("ANALYZED")) {
            String analysed = steps.stream().filter(h -> h.getString("step").equals("ANALYZED"))
                    .map(h -> h.getString("detail")).findFirst().orElseThrow();
            assertTrue(analysed.contains("storyline.analysis.max-chars"), "read only the beginning: " + analysed);
        }

        JsonObject secondDone = Api.asAdmin().awaitSettled(second, LIMIT.multipliedBy(2));
        assertEquals("ANALYZED", secondDone.getString("status"), "its turn came: " + secondDone);
        assertEquals(1, count(history(second), "ANALYSIS_STARTED"));
    }
}
