package io.storyline.it.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.TestServer;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The EAR carries our modules and the libraries they need, and nothing the server provides. */
class EarContentsIT {

    /**
     * APIs WildFly provides; a second copy in the EAR breaks class loading in odd ways. (The old javax JAXB that
     * SUTime's holiday calendar reads its data with is not among them: WildFly provides only the Jakarta one.)
     */
    private static final Pattern SERVER_PROVIDED = Pattern.compile(
            "(?i).*(servlet-api|persistence-api|transaction-api|jakarta\\.activation|jakarta\\.xml\\.bind|cdi-api|inject-api"
                    + "|jakarta\\.ejb|jakarta\\.faces|hibernate-core|jakartaee-api|jboss-logging|jakarta\\.annotation).*\\.jar");

    @Test
    void theEarHoldsTheModulesAndNoServerProvidedJar() throws IOException {
        try (ZipFile ear = new ZipFile(TestServer.ear().toFile())) {
            List<String> names = ear.stream().map(ZipEntry::getName).toList();

            assertTrue(names.containsAll(List.of("META-INF/application.xml", "ingestion.jar", "analysis.jar",
                    "web.war", "lib/domain.jar")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.matches("lib/edu\\.stanford\\.nlp-stanford-corenlp-[0-9.]+\\.jar")),
                    "CoreNLP itself: " + names);
            assertTrue(names.stream().anyMatch(n -> n.endsWith("-corenlp-models.jar")), "the models analysis uses");
            assertTrue(names.stream().noneMatch(n -> n.endsWith("corenlp-4.5.10-models.jar")),
                    "not the whole CoreNLP model jar, only the files in use");
            List<String> provided = names.stream().filter(n -> SERVER_PROVIDED.matcher(n).matches()).toList();
            assertEquals(List.of(), provided, "jars the server provides");
        }
    }

    @Test
    void theWarCarriesOnlyItsOwnLibraries() throws IOException {
        try (ZipFile ear = new ZipFile(TestServer.ear().toFile())) {
            java.nio.file.Path war = java.nio.file.Files.createTempFile("web", ".war");
            try {
                try (var in = ear.getInputStream(ear.getEntry("web.war"))) {
                    java.nio.file.Files.copy(in, war, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                try (ZipFile web = new ZipFile(war.toFile())) {
                    List<String> libs = web.stream().map(ZipEntry::getName)
                            .filter(n -> n.startsWith("WEB-INF/lib/") && n.endsWith(".jar")).sorted().toList();
                    assertTrue(libs.stream().anyMatch(n -> n.contains("primefaces")), libs.toString());
                    assertTrue(libs.stream().noneMatch(n -> n.contains("storyline") || n.contains("domain")),
                            "our modules come from the EAR, not the WAR: " + libs);
                    assertTrue(libs.stream().noneMatch(n -> SERVER_PROVIDED.matcher(n).matches()), libs.toString());
                }
            } finally {
                java.nio.file.Files.deleteIfExists(war);
            }
        }
    }
}
