package io.storyline.ingestion.extraction;

import io.storyline.domain.document.ExtractedMetadata;
import java.util.Objects;

/**
 * What extraction made of a file.
 *
 * @param text     the text, normalised (LF line ends, no runs of blank lines); offsets everywhere refer to it
 * @param metadata everything else that was found
 */
public record Extraction(String text, ExtractedMetadata metadata) {

    public Extraction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }
}
