package io.storyline.web.documents.rest;

import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.UploadRejectedException;

/**
 * What became of one uploaded file (API.md, {@code POST /api/documents}). A file that was refused has no id
 * and says why in {@code error}.
 */
public record ReceiptJson(Long id, String filename, String status, Long duplicateOf, ErrorJson error) {

    /** Why a file was refused: a reason code and a sentence for a person. */
    public record ErrorJson(String reason, String detail) {
    }

    static ReceiptJson of(IntakeReceipt receipt) {
        return new ReceiptJson(receipt.documentId(), receipt.filename(), receipt.status().name(),
                receipt.duplicateOf(), null);
    }

    static ReceiptJson rejected(String filename, UploadRejectedException e) {
        return new ReceiptJson(null, filename, null, null, new ErrorJson(e.reason().name(), e.getMessage()));
    }
}
