package io.storyline.domain.tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tag categories and which tag is in which. Tag names passed in must be canonical. Callers bring the transaction. */
public interface TagCategoryRepository {

    /** Every category, by name. */
    List<TagCategory> all();

    Optional<TagCategory> find(long id);

    Optional<TagCategory> findByKey(String nameKey);

    TagCategory save(TagCategory category);

    /** Deletes the category; its tags become uncategorised. */
    void delete(TagCategory category);

    /** The category id of every categorised tag, by tag name. */
    Map<String, Long> assignments();

    /** Puts a tag in a category, or takes it out of any ({@code categoryId} {@code null}). */
    void assign(String tagName, Long categoryId, String by, Instant at);
}
