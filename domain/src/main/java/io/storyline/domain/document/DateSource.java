package io.storyline.domain.document;

/** Where a publication date was found. Ordered from the most to the least trusted source. */
public enum DateSource {
    /** Given by a person at upload or in a correction: it wins over anything found in the file. */
    UPLOAD,
    JSON_LD,
    OPEN_GRAPH,
    META,
    TIME_ELEMENT,
    PDF_INFO,
    DATELINE
}
