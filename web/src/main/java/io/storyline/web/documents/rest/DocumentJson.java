package io.storyline.web.documents.rest;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.Description;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.PublicationDate;
import io.storyline.ingestion.catalog.SimilarDocument;
import java.time.Instant;
import java.util.List;

/**
 * A document as the API shows it (API.md, {@code GET /api/documents/{id}}), with the additions listed in the
 * README's API changelog; {@code tags} are the canonical tag names, sorted.
 */
public record DocumentJson(long id, String title, String filename, String mediaType, long size, String sha256,
                           String language, String languageSource, String publisher, String byline, String url,
                           String publishedAt, String publishedAtSource, List<DateJson> publishedAtCandidates,
                           List<String> dateFlags, String status, String failureReason, String failureMessage,
                           Integer pageCount, Long textLength, boolean textTruncated, Long parentId,
                           String uploadedBy, Instant uploadedAt, Instant extractedAt, Long duplicateOf,
                           List<SimilarJson> nearDuplicates, List<String> tags) {

    /** One date a source gave. */
    public record DateJson(String source, String value, String raw) {

        static DateJson of(DateCandidate candidate) {
            return new DateJson(candidate.source().name(), candidate.asPublicationDate().iso(),
                    candidate.raw().orElse(null));
        }
    }

    /** A near-duplicate and how similar it is (0 to 1). */
    public record SimilarJson(long id, String title, double similarity) {

        static SimilarJson of(SimilarDocument similar) {
            return new SimilarJson(similar.id(), similar.title(), Math.round(similar.similarity() * 1000) / 1000.0);
        }
    }

    /** The document as a list shows it: without candidates and near-duplicates. */
    static DocumentJson brief(Document d, List<String> tags) {
        return of(d, false, List.of(), tags);
    }

    static DocumentJson whole(Document d, List<SimilarDocument> similar, List<String> tags) {
        return of(d, true, similar, tags);
    }

    private static DocumentJson of(Document d, boolean whole, List<SimilarDocument> similar, List<String> tags) {
        PublicationDate published = d.publicationDate().orElse(null);
        Description about = d.description();
        return new DocumentJson(d.id(), about.title().orElse(null), d.filename(), d.mediaType(), d.size(), d.sha256(),
                about.language().orElse(null), about.languageSource().map(Enum::name).orElse(null),
                about.publisher().orElse(null), about.byline().orElse(null), about.url().orElse(null),
                published == null ? null : published.iso(),
                published == null ? null : published.source().name(),
                whole ? d.dateCandidates().stream().map(DateJson::of).toList() : null,
                d.dateFlags().stream().map(Enum::name).toList(),
                d.status().name(), d.failureReason().map(Enum::name).orElse(null), d.failureMessage().orElse(null),
                about.pageCount().orElse(null), about.textLength().orElse(null), about.textTruncated(),
                d.parentId().orElse(null), d.uploadedBy(), d.uploadedAt(), d.extractedAt().orElse(null), null,
                similar.stream().map(SimilarJson::of).toList(), List.copyOf(tags));
    }
}
