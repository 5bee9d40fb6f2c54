package io.storyline.ingestion.catalog;

/**
 * A near-duplicate of a document.
 *
 * @param id         the other document
 * @param title      its title or filename
 * @param similarity the estimated Jaccard similarity of the two texts, 0 to 1
 */
public record SimilarDocument(long id, String title, double similarity) {
}
