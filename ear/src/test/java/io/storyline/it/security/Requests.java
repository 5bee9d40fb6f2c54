package io.storyline.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.it.support.Api;
import io.storyline.it.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** What the request robustness tests share: plain-problem checks, raw requests and waits for the search index. */
final class Requests {

    static final String MISSING = "987654321";
    static final String PROBLEM = "application/problem+json";

    private Requests() {
    }

    /** Null when the answer is a problem document of that status with a plain detail; else what is wrong. */
    static String plainProblem(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            return "expected " + status + ", got " + answer.statusCode() + " " + clip(answer.body());
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM)) {
            return "not a problem document: " + answer.headers().firstValue("Content-Type") + " " + clip(answer.body());
        }
        String detail = Api.object(answer).getString("detail", "");
        for (String leak : List.of("Exception", "java.", "org.", "jakarta.", "RESTEASY", "incident")) {
            if (detail.contains(leak)) {
                return "the detail is not for a person (" + leak + "): " + detail;
            }
        }
        return detail.isBlank() ? "no detail" : null;
    }

    static long total(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.object(answer).getJsonNumber("total").longValue();
    }

    /** Distinct six-letter words of five letters: each has many others within two typing mistakes. */
    static List<String> denseWords(int count) {
        Random random = new Random(7);
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                w.append((char) ('f' + random.nextInt(5)));
            }
            words.add(w.toString());
        }
        return new ArrayList<>(words);
    }

    static void awaitSearchable(Api api, String token) {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            if (Api.object(api.get("api/search?q=" + token)).getInt("total") > 0) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("the search check document is not searchable after a minute");
    }

    static void awaitIndexIdle(Api admin) {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end) {
            if (!Api.object(admin.get("api/search/index")).getBoolean("running", false)) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("the search index is still being rebuilt after 2 minutes");
    }

    static HttpResponse<String> raw(String method, String path, String contentType, byte[] body,
                                            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends exactly these bytes (headers, maybe no body) and reads what the server answers before closing. */
    static String rawExchange(String request) throws IOException {
        URI base = TestServer.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                return "no answer within 20 s; read so far: " + answer.toString(StandardCharsets.UTF_8);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    static String hostPort() {
        return TestServer.baseUri().getHost() + ":" + TestServer.baseUri().getPort();
    }

    static String basicAdmin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** Whether the answer holds its headers and the body its Content-Length announces. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                .matcher(answer.substring(0, end));
        return length.find() && answer.getBytes(StandardCharsets.UTF_8).length - end - 4 >= Integer.parseInt(
                length.group(1));
    }

    private static String clip(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
