package io.storyline.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Analysis settings (README, "Configuration"). {@code storyline.analysis.concurrency} is read by the worker's
 * activation config directly.
 */
@ApplicationScoped
public class AnalysisSettings {

    @Inject
    @ConfigProperty(name = "storyline.analysis.timeout-seconds", defaultValue = "300")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "storyline.analysis.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "storyline.analysis.max-chars", defaultValue = "500000")
    int maxChars;

    @Inject
    @ConfigProperty(name = "storyline.analysis.long-document-chars", defaultValue = "200000")
    int longDocumentChars;

    @Inject
    @ConfigProperty(name = "storyline.analysis.languages", defaultValue = "en")
    String languages;

    @Inject
    @ConfigProperty(name = "storyline.analysis.dependencies", defaultValue = "true")
    boolean dependencies;

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Texts longer than this are analysed up to it, and the history says so. */
    public int maxChars() {
        return maxChars;
    }

    /**
     * Texts that analyse longer than this (in characters, counting at most {@link #maxChars()}) are long: this
     * server analyses one of them at a time, so that they never hold every worker.
     */
    public int longDocumentChars() {
        return longDocumentChars;
    }

    /** Whether the dependency parser runs (participants' roles from the parse; slower without it is not). */
    public boolean dependencies() {
        return dependencies;
    }

    /** The languages the models read, as ISO 639-1 codes. */
    public Set<String> languages() {
        return Arrays.stream(languages.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a document in {@code language} (an ISO 639 code or tag, or {@code null} when unknown) is analysed. */
    public boolean reads(String language) {
        if (language == null || language.isBlank()) {
            return true;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return languages().contains(primary);
    }
}
