package io.storyline.domain.document;

/**
 * Where a publication date was found, in order of precedence: when several sources give a date, the first in
 * this order wins (README, "Publication dates"). A person's word comes first; then what the publisher states
 * in machine-readable form (a news agency's wire metadata first); then what the page shows and the date elements
 * of an XML news file; then the text's dateline; last the file's own metadata, which often says when the file was
 * made rather than when the story was published. Stored by name: a new source needs no migration.
 */
public enum DateSource {
    /** Given by a person at upload or in a correction. */
    UPLOAD,
    /**
     * A news agency's metadata in a wire format: NewsML-G2 {@code itemMeta/firstCreated} (else {@code
     * contentMeta/contentCreated}, else {@code itemMeta/versionCreated}), NITF {@code docdata/date.issue@norm}.
     */
    WIRE_METADATA,
    /** schema.org {@code NewsArticle.datePublished} in JSON-LD. */
    JSON_LD,
    /** OpenGraph {@code article:published_time}. */
    OPEN_GRAPH,
    /** A meta tag: {@code pubdate}, {@code date}, {@code DC.date.issued}, {@code dcterms.created} ... */
    META,
    /** An HTML {@code <time>} element marked as the publication time, or the first one. */
    TIME_ELEMENT,
    /** A date element of an XML news file: TimeML's document creation time ({@code DCT}), a {@code <date>}. */
    XML_ELEMENT,
    /** A dateline in the first lines of the text ("WASHINGTON, May 1 (Reuters) -"). */
    DATELINE,
    /** The creation date in a PDF's document information. */
    PDF_INFO,
    /** The creation date other files carry about themselves: OpenDocument or RTF properties, an e-mail's Date. */
    FILE_INFO
}
