package io.storyline.analysis.knowledge.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.TagTaxonomy;
import io.storyline.domain.tag.TagCategory;
import io.storyline.domain.tag.TagCategoryRepository;
import io.storyline.domain.tag.TagCount;
import io.storyline.domain.tag.TagName;
import io.storyline.domain.tag.TagRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@link TagTaxonomy}, each change in the caller's transaction. */
@Stateless
@Local(TagTaxonomy.class)
public class TagTaxonomyBean implements TagTaxonomy {

    @Inject
    TagCategoryRepository categories;

    @Inject
    TagRepository tags;

    @Inject
    Clock clock;

    @Override
    public Overview overview() {
        List<TagCategory> all = categories.all();
        Map<String, Long> assigned = categories.assignments();
        Map<Long, List<TagCount>> byCategory = new LinkedHashMap<>();
        all.forEach(c -> byCategory.put(c.id(), new ArrayList<>()));
        List<TagCount> uncategorised = new ArrayList<>();
        Map<String, Long> counts = new HashMap<>();
        for (TagCount t : tags.inUse(null, MAX_TAGS)) {
            counts.put(t.name(), t.documents());
            Long category = assigned.get(t.name());
            (category == null || !byCategory.containsKey(category) ? uncategorised : byCategory.get(category)).add(t);
        }
        // a categorised tag no document carries (any more) still shows in its category
        assigned.forEach((name, category) -> {
            if (!counts.containsKey(name) && byCategory.containsKey(category)) {
                byCategory.get(category).add(new TagCount(name, 0));
            }
        });
        return new Overview(all.stream().map(c -> view(c, byCategory.get(c.id()))).toList(), uncategorised);
    }

    @Override
    public Category create(String name, String description, String user) {
        TagCategory category = valid(() -> new TagCategory(name, description, user, clock.instant()));
        unique(category.nameKey(), null);
        return view(categories.save(category), List.of());
    }

    @Override
    public Category change(long id, String name, String description, String user) {
        TagCategory category = find(id);
        TagCategory checked = valid(() -> new TagCategory(name, description, user, clock.instant()));
        unique(checked.nameKey(), id);
        category.change(name, description, user, clock.instant());
        return view(category, List.of());
    }

    @Override
    public String delete(long id, String user) {
        TagCategory category = find(id);
        categories.delete(category);
        return category.name();
    }

    @Override
    public String assign(String tag, Long categoryId, String user) {
        String name = valid(() -> TagName.canonical(tag));
        if (categoryId != null) {
            find(categoryId);
        }
        categories.assign(name, categoryId, user, clock.instant());
        return name;
    }

    private TagCategory find(long id) {
        return categories.find(id).orElseThrow(() -> AnalysisProblem.notFound("There is no tag category " + id + "."));
    }

    private void unique(String key, Long self) {
        categories.findByKey(key).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw AnalysisProblem.conflict("There is a tag category \"" + other.name() + "\" already; choose another"
                    + " name.");
        });
    }

    private static Category view(TagCategory c, List<TagCount> tags) {
        return new Category(c.id(), c.name(), c.description().orElse(null), tags);
    }

    private static <T> T valid(Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String m = e.getMessage() == null ? "a required field is missing" : e.getMessage();
            throw AnalysisProblem.invalid(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
        }
    }
}
