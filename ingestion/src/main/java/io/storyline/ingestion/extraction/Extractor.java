package io.storyline.ingestion.extraction;

import java.nio.file.Path;
import java.time.LocalDate;

/** Reads a file's text and metadata. Implementations are thread-safe and shared; close one to stop its parsers. */
public interface Extractor extends AutoCloseable {

    /**
     * @param file      the original, as a file (it is read, never changed)
     * @param filename  its name, a hint for the type and for messages
     * @param mediaType its detected media type
     * @param arrivedOn the day the document arrived: a dateline without a year is read relative to it
     * @throws ExtractionFailedException when the file cannot be read, with the reason and a readable message
     */
    Extraction extract(Path file, String filename, String mediaType, LocalDate arrivedOn)
            throws ExtractionFailedException;

    /** Whether scanned pages and images are read with OCR here (Tesseract installed and OCR not switched off). */
    boolean ocrAvailable();

    /** Stops the parser processes, if any; an extraction under way fails. */
    @Override
    default void close() {
    }

    /** The extractor on Apache Tika, within these limits, its parsers in the server's own JVM. */
    static Extractor tika(ExtractionLimits limits) {
        return new io.storyline.ingestion.extraction.internal.TikaExtractor(limits);
    }

    /** The extractor on Apache Tika, within these limits, its parsers where {@code processes} says. */
    static Extractor tika(ExtractionLimits limits, ParserProcesses processes) {
        return new io.storyline.ingestion.extraction.internal.TikaExtractor(limits, processes);
    }
}
