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
 * @param subjects the subjects and keywords the file gives itself (a news agency's NewsML-G2 or NITF subjects), as
 *                 written, in the file's order; they become the document's tags
 */
public record Extraction(String text, ExtractedMetadata metadata, List<String> notes, List<String> subjects) {

    public Extraction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
    }

    public Extraction(String text, ExtractedMetadata metadata, List<String> notes) {
        this(text, metadata, notes, List.of());
    }

    public Extraction(String text, ExtractedMetadata metadata) {
        this(text, metadata, List.of(), List.of());
    }
}
