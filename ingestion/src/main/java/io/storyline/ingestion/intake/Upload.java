package io.storyline.ingestion.intake;

import java.io.InputStream;
import java.util.Objects;

/**
 * A file someone hands to the archive.
 *
 * @param filename          the name the uploader's system gave it (data, never a path)
 * @param declaredMediaType the media type the client declared, if any; never trusted: the type recorded is the one
 *                          Tika detects from the bytes and name
 * @param content           the bytes; read once, not closed by intake
 * @param publisher         optional: who published it
 * @param publishedAt       optional: an ISO date or date-time of publication
 * @param uploadedBy        the user name of the uploader
 * @param origin            how it came
 */
public record Upload(String filename, String declaredMediaType, InputStream content, String publisher,
                     String publishedAt, String uploadedBy, Origin origin) {

    public Upload {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(origin, "origin");
    }
}
