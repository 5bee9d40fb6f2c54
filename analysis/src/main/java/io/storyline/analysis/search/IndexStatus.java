package io.storyline.analysis.search;

import java.time.Instant;

/**
 * The state of the search index and of the last re-index an admin started.
 *
 * @param documents    documents in the index
 * @param records      search records in the database (one per document with text)
 * @param running      whether a re-index runs now
 * @param startedBy    who started the last re-index (null if none since the server started)
 * @param lastMessage  what the last re-index did, or why it failed
 */
public record IndexStatus(String backend, long documents, long records, boolean running, String startedBy,
                          Instant startedAt, Instant finishedAt, String lastMessage) {
}
