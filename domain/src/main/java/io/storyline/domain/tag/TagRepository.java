package io.storyline.domain.tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Document tags. Names passed in must be canonical ({@link TagName#canonical}). */
public interface TagRepository {

    /** The tags of one document, by name. */
    List<DocumentTag> of(long documentId);

    /** The tag names of several documents (for a page of a table), each list sorted by name. */
    Map<Long, List<String>> namesOf(Collection<Long> documentIds);

    /** Adds a tag unless the document has it already; answers whether it was added. */
    boolean add(DocumentTag tag);

    /** Removes a tag from a document; answers whether it was there. */
    boolean remove(long documentId, String name);

    /** Tags in use, most used first, whose name contains {@code fragment} (all when blank). */
    List<TagCount> inUse(String fragment, int limit);
}
