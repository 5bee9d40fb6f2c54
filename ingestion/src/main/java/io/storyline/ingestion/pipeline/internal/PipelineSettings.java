package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.PublicationDateResolver;
import io.storyline.ingestion.archive.ArchiveLimits;
import io.storyline.ingestion.extraction.ExtractionLimits;
import io.storyline.ingestion.extraction.Extractor;
import io.storyline.ingestion.extraction.ParserProcesses;
import io.storyline.platform.config.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The pipeline's settings (README, "Configuration") and the shared, thread-safe extractor built from them. */
@ApplicationScoped
public class PipelineSettings {

    private static final Logger LOG = Logger.getLogger(PipelineSettings.class.getName());

    @Inject
    @ConfigProperty(name = "storyline.extraction.max-chars", defaultValue = "5000000")
    int maxChars;

    @Inject
    @ConfigProperty(name = "storyline.extraction.timeout-seconds", defaultValue = "120")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "storyline.extraction.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "storyline.extraction.fork.enabled", defaultValue = "true")
    boolean forked;

    @Inject
    @ConfigProperty(name = "storyline.extraction.fork.processes", defaultValue = "2")
    int processes;

    @Inject
    @ConfigProperty(name = "storyline.extraction.fork.max-heap-mb", defaultValue = "512")
    int processHeapMb;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "storyline.ocr.enabled", defaultValue = "true")
    boolean ocrEnabled;

    @Inject
    @ConfigProperty(name = "storyline.ocr.languages", defaultValue = "eng")
    String ocrLanguages;

    @Inject
    @ConfigProperty(name = "storyline.archive.max-files", defaultValue = "10000")
    int archiveMaxFiles;

    @Inject
    @ConfigProperty(name = "storyline.archive.max-total-bytes", defaultValue = "2147483648")
    long archiveMaxTotalBytes;

    @Inject
    @ConfigProperty(name = "storyline.archive.max-ratio", defaultValue = "100")
    int archiveMaxRatio;

    @Inject
    @ConfigProperty(name = "storyline.archive.max-depth", defaultValue = "3")
    int archiveMaxDepth;

    @Inject
    @ConfigProperty(name = "storyline.dates.oldest-plausible", defaultValue = "1900-01-01")
    String oldestPlausible;

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /**
     * How long a worker waits for a reading: a forked parser stops itself at {@link #timeout()}, and this leaves it
     * the time to say so (a reading in this JVM is abandoned here).
     */
    public Duration patience() {
        return forked ? timeout().plusSeconds(5) : timeout();
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public ArchiveLimits archiveLimits() {
        return new ArchiveLimits(archiveMaxFiles, archiveMaxTotalBytes, archiveMaxRatio, archiveMaxDepth);
    }

    public PublicationDateResolver dateResolver() {
        return new PublicationDateResolver(LocalDate.parse(oldestPlausible));
    }

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        ParserProcesses where = forked ? ParserProcesses.forked(processes, processHeapMb,
                dataDirectory.folder("extraction")) : ParserProcesses.inProcess();
        Extractor extractor = Extractor.tika(new ExtractionLimits(maxChars, timeout(), ocrEnabled, ocrLanguages), where);
        LOG.info(() -> "Extraction ready: OCR " + (extractor.ocrAvailable() ? "with Tesseract (" + ocrLanguages + ")"
                : ocrEnabled ? "unavailable (Tesseract is not installed): scans end as NEEDS_OCR" : "switched off")
                + ", at most " + maxChars + " characters and " + timeoutSeconds + " s per file; Tika's parsers "
                + (forked ? "in " + processes + " child JVM(s) of " + processHeapMb + " MB each"
                : "in the server's JVM (storyline.extraction.fork.enabled=false)"));
        return extractor;
    }

    void stop(@Disposes Extractor extractor) {
        extractor.close();
    }
}
