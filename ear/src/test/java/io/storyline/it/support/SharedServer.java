package io.storyline.it.support;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one test server of a Failsafe run, as the WildFly quickstarts run theirs: the first test class that needs it
 * starts WildFly with the packaged EAR in its deployments folder (so the models load once), every later class
 * uses it as it is, and JUnit stops it when the run ends. Its base folder, data folder, ports (+100) and settings
 * come from ear/pom.xml; it is the trusted proxy's server (127.0.0.1), so a test can say in X-Forwarded-For which
 * address a request comes from.
 *
 * <p>Tests isolate themselves by data (random names, tags and addresses), never by a fresh server, and do not
 * depend on the order they run in. A test that must kill a server or configure one differently starts its own
 * {@link StandaloneServer}.
 */
public final class SharedServer implements BeforeAllCallback {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Duration SHUTDOWN = Duration.ofMinutes(1);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedServer.class, k -> Running.start(), Running.class)
                .check();
    }

    /** The running server (or why it did not start: every class then fails at once with that reason). */
    private static final class Running implements AutoCloseable {

        private final StandaloneServer server;
        private final RuntimeException failure;

        private Running(StandaloneServer server, RuntimeException failure) {
            this.server = server;
            this.failure = failure;
        }

        static Running start() {
            StandaloneServer server = new StandaloneServer(Path.of(System.getProperty("it.base.dir")),
                    TestServer.dataDir(), Integer.parseInt(System.getProperty("it.port.offset")))
                    .with("storyline.security.trusted-proxies=127.0.0.1");
            // JUnit stops it when the run ends; should the test JVM end some other way, it does not outlive it.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "test-server-kill"));
            try {
                server.start(STARTUP);
                return new Running(server, null);
            } catch (Exception e) {
                try {
                    server.kill();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return new Running(null, new IllegalStateException("the test server did not start", e));
            }
        }

        void check() {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void close() {
            if (server == null) {
                return;
            }
            try {
                server.stop(SHUTDOWN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
