package io.storyline.ingestion.extraction;

import io.storyline.domain.document.ExtractedMetadata;
import java.util.List;
import java.util.Objects;

/**
 * What extraction made of a file.
 *
 * @param text     the text, normalised (LF line ends, no runs of blank lines); offsets everywhere refer to it
 * @param metadata everything else that was found
 * @param notes    how the file was read, for its history: which reader and why (a type read as text, an e-mail),
 *                 which charset and why
 */
public record Extraction(String text, ExtractedMetadata metadata, List<String> notes) {

    public Extraction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    public Extraction(String text, ExtractedMetadata metadata) {
        this(text, metadata, List.of());
    }
}
