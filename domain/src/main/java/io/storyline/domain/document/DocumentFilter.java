package io.storyline.domain.document;

/**
 * What a document listing is narrowed to. Every field is optional ({@code null} means "any").
 *
 * @param status          only documents in this status
 * @param text            a case-insensitive fragment of the filename or title
 * @param failureReason   only documents that failed for this reason
 * @param parentId        only documents found inside this archive document
 * @param needsDateReview only documents whose publication date is flagged ({@code true}) or not ({@code false})
 */
public record DocumentFilter(DocumentStatus status, String text, FailureReason failureReason, Long parentId,
                             Boolean needsDateReview) {

    public static DocumentFilter any() {
        return new DocumentFilter(null, null, null, null, null);
    }

    public DocumentFilter withStatus(DocumentStatus newStatus) {
        return new DocumentFilter(newStatus, text, failureReason, parentId, needsDateReview);
    }

    public DocumentFilter withText(String newText) {
        return new DocumentFilter(status, newText, failureReason, parentId, needsDateReview);
    }

    public DocumentFilter withFailureReason(FailureReason reason) {
        return new DocumentFilter(status, text, reason, parentId, needsDateReview);
    }

    public DocumentFilter withParent(Long parent) {
        return new DocumentFilter(status, text, failureReason, parent, needsDateReview);
    }

    public DocumentFilter withDateReview(Boolean review) {
        return new DocumentFilter(status, text, failureReason, parentId, review);
    }
}
