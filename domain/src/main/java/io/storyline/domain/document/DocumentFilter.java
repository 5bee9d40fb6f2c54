package io.storyline.domain.document;

import java.time.LocalDate;

/**
 * What a document listing is narrowed to. Every field is optional ({@code null} means "any"). Values are compared
 * exactly (they come from lists of values in use), except {@code text}, so the indexes on them serve.
 *
 * @param status          only documents in this status
 * @param text            a case-insensitive fragment of the filename or title
 * @param failureReason   only documents that failed for this reason
 * @param parentId        only documents found inside this archive document
 * @param needsDateReview only documents whose publication date is flagged ({@code true}) or not ({@code false})
 * @param mediaType       only documents of this media type ({@code text/plain})
 * @param language        only documents in this language ({@code en})
 * @param tag             only documents carrying this tag (a canonical tag name)
 * @param publisher       only documents of this publisher
 * @param uploadedBy      only documents this user uploaded
 * @param publishedFrom   only documents published on or after this day
 * @param publishedTo     only documents published on or before this day
 */
public record DocumentFilter(DocumentStatus status, String text, FailureReason failureReason, Long parentId,
                             Boolean needsDateReview, String mediaType, String language, String tag,
                             String publisher, String uploadedBy, LocalDate publishedFrom, LocalDate publishedTo) {

    public DocumentFilter {
        text = blankToNull(text);
        mediaType = blankToNull(mediaType);
        language = blankToNull(language);
        tag = blankToNull(tag);
        publisher = blankToNull(publisher);
        uploadedBy = blankToNull(uploadedBy);
        if (publishedFrom != null && publishedTo != null && publishedTo.isBefore(publishedFrom)) {
            throw new IllegalArgumentException("the publication range ends (" + publishedTo + ") before it starts ("
                    + publishedFrom + ")");
        }
    }

    public static DocumentFilter any() {
        return new DocumentFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public DocumentFilter withStatus(DocumentStatus newStatus) {
        return new DocumentFilter(newStatus, text, failureReason, parentId, needsDateReview, mediaType, language, tag,
                publisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withText(String newText) {
        return new DocumentFilter(status, newText, failureReason, parentId, needsDateReview, mediaType, language, tag,
                publisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withFailureReason(FailureReason reason) {
        return new DocumentFilter(status, text, reason, parentId, needsDateReview, mediaType, language, tag,
                publisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withParent(Long parent) {
        return new DocumentFilter(status, text, failureReason, parent, needsDateReview, mediaType, language, tag,
                publisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withDateReview(Boolean review) {
        return new DocumentFilter(status, text, failureReason, parentId, review, mediaType, language, tag,
                publisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withMediaType(String newMediaType) {
        return new DocumentFilter(status, text, failureReason, parentId, needsDateReview, newMediaType, language, tag,
                publisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withLanguage(String newLanguage) {
        return new DocumentFilter(status, text, failureReason, parentId, needsDateReview, mediaType, newLanguage, tag,
                publisher, uploadedBy, publishedFrom, publishedTo);
    }

    /** Only documents with this tag; the name must be canonical ({@code domain.tag.TagName}). */
    public DocumentFilter withTag(String canonicalTag) {
        return new DocumentFilter(status, text, failureReason, parentId, needsDateReview, mediaType, language,
                canonicalTag, publisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withPublisher(String newPublisher) {
        return new DocumentFilter(status, text, failureReason, parentId, needsDateReview, mediaType, language, tag,
                newPublisher, uploadedBy, publishedFrom, publishedTo);
    }

    public DocumentFilter withUploadedBy(String user) {
        return new DocumentFilter(status, text, failureReason, parentId, needsDateReview, mediaType, language, tag,
                publisher, user, publishedFrom, publishedTo);
    }

    /** Published between these days, both included; either end may be open ({@code null}). */
    public DocumentFilter withPublished(LocalDate from, LocalDate to) {
        return new DocumentFilter(status, text, failureReason, parentId, needsDateReview, mediaType, language, tag,
                publisher, uploadedBy, from, to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
