package io.storyline.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A WildFly of our configuration started as a plain process: the run's shared test server ({@link SharedServer}),
 * and the servers of tests that must do to a server what no shared one may suffer: kill it without warning and
 * start it again on the same data. It serves the EAR from its own deployments folder, on its own ports and data
 * folder.
 */
public final class StandaloneServer implements AutoCloseable {

    private final Path baseDir;
    private final Path dataDir;
    private final int portOffset;
    private final List<String> systemProperties = new ArrayList<>();
    private Process process;

    public StandaloneServer(Path baseDir, Path dataDir, int portOffset) {
        this.baseDir = baseDir;
        this.dataDir = dataDir;
        this.portOffset = portOffset;
    }

    /** Starts the server with this system property too ({@code name=value}). */
    public StandaloneServer with(String property) {
        systemProperties.add("-D" + property);
        return this;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Starts the server with the packaged EAR and waits until it reports ready. */
    public void start(Duration timeout) throws IOException, InterruptedException {
        long free = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((listening(8080 + portOffset) || listening(9990 + portOffset)) && System.nanoTime() < free) {
            Thread.sleep(250);
        }
        if (listening(8080 + portOffset) || listening(9990 + portOffset)) {
            throw new IllegalStateException("ports " + (8080 + portOffset) + "/" + (9990 + portOffset) + " are taken:"
                    + " a server left running by an earlier test run? Stop it; the tests would talk to it instead.");
        }
        Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
        if (!Files.exists(deployments.resolve("storyline.ear"))) {
            Files.copy(TestServer.ear(), deployments.resolve("storyline.ear"), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("jboss.home"), "bin", "standalone.sh").toString(),
                "-c", System.getProperty("storyline.server.config"),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dstoryline.data.dir=" + dataDir,
                "-Dstoryline.bootstrap.admin-password=" + TestServer.adminPassword(),
                "-Dstoryline.upload.max-bytes=" + TestServer.maxUploadBytes()));
        command.addAll(systemProperties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx" + System.getProperty("it.heap", "2g") + " "
                + System.getProperty("it.jvm.flags", ""));
        env.put("JDK_SERIAL_FILTER", System.getProperty("it.serial.filter", ""));
        env.remove("LAUNCH_JBOSS_IN_BACKGROUND");
        process = builder.start();
        awaitReady(timeout);
    }

    /** Kills the server at once, as a power cut would: no shutdown, nothing flushed. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        // The tree is taken first: once the script is gone its children are no longer its descendants, and the
        // server's ports are free only when the JVM itself has exited.
        List<ProcessHandle> tree = process.toHandle().descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        awaitExit(tree);
        process = null;
    }

    private static void awaitExit(List<ProcessHandle> tree) throws InterruptedException {
        while (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(100);
        }
    }

    /**
     * Stops the server as an operator would (SIGTERM to the JVM: WildFly shuts down in order, work in flight is
     * given back to the queue); kills it when it has not stopped within {@code timeout}.
     */
    public void stop(Duration timeout) throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = process.toHandle().descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && (process.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive))) {
            Thread.sleep(100);
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        kill();
        awaitExit(tree);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/health/ready");
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + baseDir.resolve("console.log"));
            }
            Path failed = baseDir.resolve("deployments").resolve("storyline.ear.failed");
            if (Files.exists(failed)) {
                throw new IllegalStateException("the EAR did not deploy: " + Files.readString(failed).strip()
                        + "; see " + baseDir.resolve("console.log"));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server was not ready within " + timeout + "; see " + baseDir.resolve("console.log"));
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
