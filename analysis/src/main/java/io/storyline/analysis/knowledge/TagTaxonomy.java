package io.storyline.analysis.knowledge;

import io.storyline.domain.tag.TagCount;
import java.util.List;

/**
 * The topic taxonomy admins keep: tag categories and the tags in each. Tags are the names on documents; a tag in no
 * category is uncategorised. Each method throws {@link io.storyline.analysis.AnalysisProblem} naming what is
 * missing, unreadable or already there.
 */
public interface TagTaxonomy {

    /** At most this many tags in use are listed. */
    int MAX_TAGS = 1000;

    /** A category and its tags with how many documents carry each, most used first. */
    record Category(long id, String name, String description, List<TagCount> tags) {

        public Category {
            tags = List.copyOf(tags);
        }
    }

    /** Every category by name, and the tags in use that are in none. */
    record Overview(List<Category> categories, List<TagCount> uncategorised) {

        public Overview {
            categories = List.copyOf(categories);
            uncategorised = List.copyOf(uncategorised);
        }
    }

    Overview overview();

    Category create(String name, String description, String user);

    Category change(long id, String name, String description, String user);

    /** Deletes a category; its tags become uncategorised. Answers its name. */
    String delete(long id, String user);

    /**
     * Puts a tag in a category, or in none ({@code categoryId} {@code null}); answers the tag's canonical name.
     */
    String assign(String tag, Long categoryId, String user);
}
