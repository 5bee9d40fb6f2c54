package io.storyline.analysis.search;

import java.time.LocalDate;

/**
 * One document found.
 *
 * @param snippet the best passages with the matched words marked: HTML in which all document text is escaped and
 *                the only markup is {@code <mark>...</mark>} (see {@link Snippets})
 */
public record SearchHit(long id, String title, LocalDate publishedAt, String snippet, float score) {
}
