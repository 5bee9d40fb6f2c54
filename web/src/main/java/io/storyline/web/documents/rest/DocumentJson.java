package io.storyline.web.documents.rest;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.PublicationDate;
import java.time.Instant;
import java.util.List;

/** A document as the API shows it (API.md, {@code GET /api/documents/{id}}). */
public record DocumentJson(long id, String title, String filename, String mediaType, long size, String sha256,
                           String language, String publisher, String byline, String url, String publishedAt,
                           String publishedAtSource, String status, String failureReason, String failureMessage,
                           String uploadedBy, Instant uploadedAt, Long duplicateOf, List<Long> nearDuplicates) {

    static DocumentJson of(Document d) {
        PublicationDate published = d.publicationDate().orElse(null);
        return new DocumentJson(d.id(), d.title().orElse(null), d.filename(), d.mediaType(), d.size(), d.sha256(),
                d.language().orElse(null), d.publisher().orElse(null), d.byline().orElse(null), d.url().orElse(null),
                published == null ? null : published.iso(),
                published == null ? null : published.source().name(),
                d.status().name(), d.failureReason().map(Enum::name).orElse(null), d.failureMessage().orElse(null),
                d.uploadedBy(), d.uploadedAt(), null, List.of());
    }
}
