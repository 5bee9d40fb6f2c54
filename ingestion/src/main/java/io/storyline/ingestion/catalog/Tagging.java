package io.storyline.ingestion.catalog;

import java.util.List;

/**
 * What tagging did to one document.
 *
 * @param documentId the document asked for
 * @param found      whether there is such a document (nothing is done to ids that are not)
 * @param added      the tags it did not have and has now, canonical; empty when it had them all
 */
public record Tagging(long documentId, boolean found, List<String> added) {

    public Tagging {
        added = List.copyOf(added);
    }
}
