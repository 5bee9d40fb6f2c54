package io.storyline.web.documents.faces;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Description;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.LanguageSource;
import io.storyline.domain.document.PublicationDate;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.ingestion.catalog.SimilarDocument;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One document's metadata as its page shows it, each value with where it came from when that is known. Read-only;
 * the page reads the components as methods ({@code #{d.title()}}).
 */
public record DocumentView(long id, String title, String filename, String mediaType, long size, String sha256,
                           String language, String languageSource, String publisher, String byline, String url,
                           boolean webUrl, String publishedAt, String publishedSource, List<DateView> candidates,
                           List<String> dateFlags, String referenceDate, String referenceSource, String status,
                           boolean processing, String failureReason, String failureMessage, String failedStage,
                           Integer pageCount, Long textLength, boolean textTruncated, Long parentId,
                           String uploadedBy, Date uploadedAt, Date extractedAt, Date analyzedAt,
                           List<SimilarView> nearDuplicates, List<HistoryView> history) implements Serializable {

    /** A publication date one source gave, as the source wrote it; {@code chosen} when it is the document's date. */
    public record DateView(String source, String sourceName, String value, String raw, boolean chosen)
            implements Serializable {
    }

    /** A near-duplicate with its similarity in percent. */
    public record SimilarView(long id, String title, long percent) implements Serializable {
    }

    /** One step of the processing history. */
    public record HistoryView(Date at, String step, String actor, String detail) implements Serializable {
    }

    static DocumentView of(Document d, List<SimilarDocument> similar, List<HistoryEntry> history) {
        Description about = d.description();
        PublicationDate published = d.publicationDate().orElse(null);
        String url = about.url().orElse(null);
        return new DocumentView(d.id(), d.displayTitle(), d.filename(), d.mediaType(), d.size(), d.sha256(),
                about.language().orElse(null), about.languageSource().map(DocumentView::describe).orElse(null),
                about.publisher().orElse(null), about.byline().orElse(null), url,
                url != null && (url.startsWith("https://") || url.startsWith("http://")),
                published == null ? null : published.iso(),
                published == null ? null : describe(published.source()),
                d.dateCandidates().stream().map(c -> date(c, published)).toList(),
                d.dateFlags().stream().map(Enum::name).sorted().toList(),
                d.referenceDate().map(Object::toString).orElse(null),
                d.referenceSource().map(DocumentView::describe).orElse(null),
                d.status().name(), !d.status().isFinal(),
                d.failureReason().map(Enum::name).orElse(null), d.failureMessage().orElse(null),
                d.failedStage().map(Enum::name).orElse(null),
                about.pageCount().orElse(null), about.textLength().orElse(null), about.textTruncated(),
                d.parentId().orElse(null), d.uploadedBy(), date(d.uploadedAt()),
                d.extractedAt().map(DocumentView::date).orElse(null), d.analyzedAt().map(DocumentView::date).orElse(null),
                similar.stream().map(s -> new SimilarView(s.id(), s.title(), Math.round(s.similarity() * 100))).toList(),
                history.stream().map(h -> new HistoryView(date(h.at()), h.step().name(), h.actor(),
                        h.detail().orElse(null))).toList());
    }

    private static DateView date(DateCandidate c, PublicationDate published) {
        PublicationDate as = c.asPublicationDate();
        return new DateView(c.source().name(), describe(c.source()), as.iso(), c.raw().orElse(null), as.equals(published));
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    /** Where a publication date was found, in an archivist's words. */
    static String describe(DateSource source) {
        return switch (source) {
            case UPLOAD -> "given at upload";
            case WIRE_METADATA -> "the news agency's wire metadata (NewsML-G2 or NITF)";
            case JSON_LD -> "the publisher's schema.org data (JSON-LD datePublished)";
            case OPEN_GRAPH -> "the OpenGraph tag article:published_time";
            case META -> "a date meta tag of the page";
            case TIME_ELEMENT -> "a <time> element of the page";
            case XML_ELEMENT -> "a date element of the XML file (TimeML's creation time, a <date>)";
            case DATELINE -> "the dateline at the top of the text";
            case PDF_INFO -> "the PDF's creation date";
            case FILE_INFO -> "the file's own properties";
        };
    }

    static String describe(LanguageSource source) {
        return switch (source) {
            case DETECTED -> "detected from the text";
            case DECLARED -> "declared by the file";
            case MANUAL -> "set by a person";
        };
    }

    static String describe(ReferenceSource source) {
        return switch (source) {
            case PUBLICATION_DATE -> "the publication date";
            case UPLOAD_DATE -> "the upload date (no publication date is known)";
        };
    }
}
