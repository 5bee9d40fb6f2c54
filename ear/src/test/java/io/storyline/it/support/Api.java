package io.storyline.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small client of Storyline's REST API, as an API client would use it: HTTP Basic and JSON. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;
    private final String forwardedFor;

    private Api(URI base, String authorization) {
        this(base, authorization, null);
    }

    private Api(URI base, String authorization, String forwardedFor) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same client at another address, behind the test server's trusted proxy (127.0.0.1, SharedServer): its
     * requests say where they come from in X-Forwarded-For.
     */
    public Api from(String address) {
        return new Api(base, authorization, address);
    }

    /** As the bootstrap admin of the test server. */
    public static Api asAdmin() {
        return as("admin", TestServer.adminPassword());
    }

    /** As the bootstrap admin of another server of ours. */
    public static Api asAdminOf(URI base) {
        String token = Base64.getEncoder().encodeToString(("admin:" + TestServer.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    /** As a named user of another server of ours. */
    public static Api asUserOf(URI base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public static Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(TestServer.baseUri(), "Basic " + token);
    }

    /** A new account with one role, created by the admin, and a client signed in as it. */
    public static Api newUser(String role, String password) {
        String name = role.toLowerCase(java.util.Locale.ROOT) + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"A " + role + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + password + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("could not create a " + role + ": " + created.statusCode() + " " + created.body());
        }
        return as(name, password);
    }

    /** Without credentials. */
    public static Api anonymous() {
        return new Api(TestServer.baseUri(), null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST: each file a part named "file", plus plain fields. */
    public HttpResponse<String> postFiles(String path, Map<String, byte[]> files, Map<String, String> fields) {
        String boundary = "storyline-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((filename, bytes) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the document is through the pipeline (analysed) or failed, and answers it. */
    public JsonObject awaitSettled(long id, java.time.Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonObject document;
        do {
            document = object(get("api/documents/" + id));
            String status = document.getString("status");
            if (status.equals("ANALYZED") || status.equals("FAILED")) {
                return document;
            }
            sleep(250);
        } while (System.nanoTime() < end);
        throw new AssertionError("document " + id + " is still " + document.getString("status") + " after " + timeout);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, byte[]> file(String name, byte[] bytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name, bytes);
        return files;
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response.body());
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
