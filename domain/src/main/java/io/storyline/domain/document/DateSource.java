package io.storyline.domain.document;

/**
 * Where a publication date was found, in order of precedence: when several sources give a date, the first in
 * this order wins (README, "Publication dates"). A person's word comes first; then what the publisher states
 * in machine-readable form; then what the page shows; then the text's dateline; last the file's own metadata,
 * which often says when the file was made rather than when the story was published.
 */
public enum DateSource {
    /** Given by a person at upload or in a correction. */
    UPLOAD,
    /** schema.org {@code NewsArticle.datePublished} in JSON-LD. */
    JSON_LD,
    /** OpenGraph {@code article:published_time}. */
    OPEN_GRAPH,
    /** A meta tag: {@code pubdate}, {@code date}, {@code DC.date.issued}, {@code dcterms.created} ... */
    META,
    /** An HTML {@code <time>} element marked as the publication time, or the first one. */
    TIME_ELEMENT,
    /** A dateline in the first lines of the text ("WASHINGTON, May 1 (Reuters) -"). */
    DATELINE,
    /** The creation date in a PDF's document information. */
    PDF_INFO,
    /** The creation date other files carry about themselves: OpenDocument or RTF properties, an e-mail's Date. */
    FILE_INFO
}
