package io.storyline.ingestion.intake;

import io.storyline.domain.document.DocumentStatus;

/**
 * What became of an upload.
 *
 * @param documentId  the document that holds these bytes
 * @param filename    the name kept for the upload
 * @param status      that document's status
 * @param duplicateOf the id of the document that already held the same bytes, or {@code null} when new
 * @param sha256      the hash of the bytes
 */
public record IntakeReceipt(long documentId, String filename, DocumentStatus status, Long duplicateOf,
                            String sha256) {

    public boolean duplicate() {
        return duplicateOf != null;
    }
}
