package io.storyline.domain.document;

/**
 * What a document listing is narrowed to. Every field is optional ({@code null} means "any").
 *
 * @param status only documents in this status
 * @param text   a case-insensitive fragment of the filename or title
 */
public record DocumentFilter(DocumentStatus status, String text) {

    public static DocumentFilter any() {
        return new DocumentFilter(null, null);
    }
}
