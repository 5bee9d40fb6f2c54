package io.storyline.it.drills;

import io.storyline.it.support.StandaloneServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/** The drills' server (one at a time, on the copy of the test server prepared for them) and small file helpers. */
final class DrillServers {

    static final int PORT_OFFSET = 600;

    private DrillServers() {
    }

    /** A server of the drills' own on {@code data}; the server's own state of an earlier drill is removed first. */
    static StandaloneServer on(Path data) throws IOException {
        Path base = Path.of(System.getProperty("it.drill.base.dir"));
        for (String leftover : new String[] {"data", "tmp", "log"}) {
            deleteTree(base.resolve(leftover));
        }
        Files.deleteIfExists(base.resolve("deployments").resolve("storyline.ear.failed"));
        return new StandaloneServer(base, data, PORT_OFFSET);
    }

    static Path drillDir(String name) throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("it.drill.dir")).resolve(name));
    }

    /** GET /health/ready on the drill server's management port: status code and body. */
    static HttpResponse<String> ready() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + (9990 + PORT_OFFSET) + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static long filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }
}
