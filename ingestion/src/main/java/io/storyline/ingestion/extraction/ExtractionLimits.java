package io.storyline.ingestion.extraction;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds every extraction keeps to.
 *
 * @param maxChars     characters of text kept; the rest is cut and the document marked as truncated
 * @param timeout      how long one file may be read before it fails with TIMEOUT
 * @param ocr          whether to OCR scanned pages and images (only where Tesseract is installed)
 * @param ocrLanguages Tesseract language codes, joined with '+' ("eng", "eng+ara")
 */
public record ExtractionLimits(int maxChars, Duration timeout, boolean ocr, String ocrLanguages) {

    public ExtractionLimits {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(ocrLanguages, "ocrLanguages");
    }
}
