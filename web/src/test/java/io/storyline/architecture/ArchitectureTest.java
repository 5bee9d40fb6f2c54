package io.storyline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's "How the code is organised" promises, checked on the compiled classes of every module
 * (they are all on this module's test class path) and on their sources:
 * <ul>
 * <li>modules point inward: web → analysis, ingestion → domain; analysis and ingestion never meet;</li>
 * <li>no cycle between packages;</li>
 * <li>a feature's {@code internal} or {@code jpa} package is reached from that feature only;</li>
 * <li>the domain's packages hold entities and rules, none of the infrastructure (messaging, the search index,
 *     migrations, health, configuration live in {@code io.storyline.platform});</li>
 * <li>every package says what it owns ({@code package-info.java}) and no class is over 400 lines.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final int MAX_LINES = 400;
    private static JavaClasses storyline;

    @BeforeAll
    static void importTheCompiledModules() {
        storyline = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.storyline");
        assertTrue(storyline.containPackage("io.storyline.domain") && storyline.containPackage("io.storyline.ingestion")
                && storyline.containPackage("io.storyline.analysis") && storyline.containPackage("io.storyline.web"),
                "every module's classes are imported");
    }

    @Test
    void modulesPointInward() {
        noClasses().that().resideInAnyPackage("io.storyline.domain..", "io.storyline.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.storyline.ingestion..", "io.storyline.analysis..",
                        "io.storyline.web..")
                .check(storyline);
        noClasses().that().resideInAPackage("io.storyline.ingestion..")
                .should().dependOnClassesThat().resideInAnyPackage("io.storyline.analysis..", "io.storyline.web..")
                .check(storyline);
        noClasses().that().resideInAPackage("io.storyline.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("io.storyline.ingestion..", "io.storyline.web..")
                .check(storyline);
    }

    /** No cycle between packages; a feature and its own internal or jpa package count as one. */
    @Test
    void noPackageCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                String feature = featureOf(pkg);
                return pkg.startsWith("io.storyline.") ? SliceIdentifier.of(feature == null ? pkg : feature)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "features (a package with its internal and jpa packages)";
            }
        }).should().beFreeOfCycles().check(storyline);
    }

    @Test
    void internalsAreReachedFromTheirOwnFeatureOnly() {
        classes().should(new ArchCondition<>("reach another feature's internal or jpa package only through its face") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    String owner = featureOf(target);
                    if (owner != null && !item.getPackageName().startsWith(owner)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(storyline);
    }

    /** The feature owning an internal or jpa package ({@code a.b.internal.x} → {@code a.b}), or null. */
    private static String featureOf(String pkg) {
        for (String hidden : List.of(".internal", ".jpa")) {
            int at = pkg.indexOf(hidden + ".") >= 0 ? pkg.indexOf(hidden + ".") : pkg.endsWith(hidden)
                    ? pkg.length() - hidden.length() : -1;
            if (at >= 0) {
                return pkg.substring(0, at);
            }
        }
        return null;
    }

    @Test
    void theDomainHoldsNoInfrastructure() {
        noClasses().that().resideInAPackage("io.storyline.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.jms..", "org.hibernate.search..",
                        "org.flywaydb..", "org.eclipse.microprofile..", "io.storyline.platform..")
                .check(storyline);
    }

    /**
     * Audit entries are written by the features' actions (EJBs that check the role, run the transaction and audit),
     * never by a Faces bean or a REST resource: the page and the API call the same action, so they cannot drift.
     */
    @Test
    void facesBeansAndRestResourcesNeverWriteTheAuditLog() {
        noClasses().that().resideInAnyPackage("io.storyline.web..faces..", "io.storyline.web..rest..")
                .or().areAnnotatedWith("jakarta.ws.rs.Path")
                .or().areAnnotatedWith("jakarta.faces.view.ViewScoped")
                .or().areAnnotatedWith("jakarta.inject.Named")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.storyline.web.audit.Audit")
                .orShould().callMethod("io.storyline.web.audit.AuditLog", "write", "io.storyline.domain.audit.AuditEntry")
                .because("the audit entry belongs to the action, which the page and the API share")
                .check(storyline);
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        List<String> missing = new ArrayList<>();
        for (Path sources : mainSources()) {
            try (Stream<Path> dirs = Files.walk(sources)) {
                dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava)
                        .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                        .forEach(dir -> missing.add(sources.relativize(dir).toString().replace('/', '.')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(missing.isEmpty(), "packages without package-info.java: " + missing);
    }

    @Test
    void noClassIsOverFourHundredLines() {
        List<String> long_ = new ArrayList<>();
        for (Path sources : allSources()) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    long lines = lines(f);
                    if (lines > MAX_LINES) {
                        long_.add(root().relativize(f) + " (" + lines + ")");
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(long_.isEmpty(), "classes over " + MAX_LINES + " lines: " + long_);
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("web")) ? here : here.getParent();
    }

    private static List<Path> mainSources() {
        return Stream.of("domain", "ingestion", "analysis", "web").map(m -> root().resolve(m).resolve("src/main/java"))
                .filter(Files::isDirectory).toList();
    }

    private static List<Path> allSources() {
        return Stream.of("domain", "ingestion", "analysis", "web", "ear")
                .flatMap(m -> Stream.of(root().resolve(m).resolve("src/main/java"), root().resolve(m).resolve("src/test/java")))
                .filter(Files::isDirectory).toList();
    }
}
