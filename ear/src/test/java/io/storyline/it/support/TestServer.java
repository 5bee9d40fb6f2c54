package io.storyline.it.support;

import java.net.URI;
import java.nio.file.Path;

/** Where the test server is and how to reach it; all set by Failsafe from ear/pom.xml. */
public final class TestServer {

    private TestServer() {
    }

    public static Path ear() {
        return Path.of(required("storyline.ear"));
    }

    public static URI baseUri() {
        return URI.create("http://127.0.0.1:" + required("it.http.port") + "/");
    }

    public static URI managementUri() {
        return URI.create("http://127.0.0.1:" + required("it.management.port") + "/");
    }

    public static String adminPassword() {
        return required("it.admin.password");
    }

    public static long maxUploadBytes() {
        return Long.parseLong(required("it.upload.max-bytes"));
    }

    public static Path dataDir() {
        return Path.of(required("it.data.dir"));
    }

    public static Path screenshots() {
        return Path.of(required("it.screenshots"));
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("System property " + key + " is not set: run the tests with Maven"
                    + " (mvn verify), which passes it from ear/pom.xml.");
        }
        return value;
    }
}
