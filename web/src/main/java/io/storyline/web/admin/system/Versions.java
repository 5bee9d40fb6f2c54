package io.storyline.web.admin.system;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Versions as the running code reports them: Storyline's from the WAR's Maven descriptor, the server's as it
 * names itself to servlets (WildFly adds its own version), each library's from its own version class or its jar's
 * manifest.
 * A library this module cannot see is reported as such, never guessed.
 */
final class Versions {

    static final String UNKNOWN = "unknown";
    private static final String STORYLINE_POM = "/META-INF/maven/io.storyline/storyline-web/pom.properties";

    private Versions() {
    }

    static List<Fact> of(ServletContext servlet) {
        List<Fact> versions = new ArrayList<>();
        versions.add(new Fact("Storyline", storyline(servlet)));
        versions.add(new Fact("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + ")"));
        versions.add(new Fact("Server", servlet.getServerInfo()));
        versions.add(new Fact("Hibernate ORM", library("org.hibernate.Version", "getVersionString")));
        versions.add(new Fact("Hibernate Search", library("org.hibernate.search.engine.Version", "versionString")));
        versions.add(new Fact("Apache Tika", library("org.apache.tika.Tika", null)));
        versions.add(new Fact("Stanford CoreNLP", library("edu.stanford.nlp.pipeline.StanfordCoreNLP", null)));
        return versions;
    }

    static String storyline(ServletContext servlet) {
        try (InputStream in = servlet.getResourceAsStream(STORYLINE_POM)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** The version a library says it has: its static version method if named, else its package's manifest. */
    static String library(String className, String versionMethod) {
        Class<?> type;
        try {
            type = Class.forName(className, false, Versions.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "not visible to the web module";
        }
        if (versionMethod != null) {
            try {
                Method method = type.getMethod(versionMethod);
                Object version = method.invoke(null);
                if (version != null) {
                    return version.toString();
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall back on the manifest below
            }
        }
        Package pkg = type.getPackage();
        String version = pkg == null ? null : pkg.getImplementationVersion();
        return version == null ? UNKNOWN : version;
    }
}
