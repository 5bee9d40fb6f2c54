package io.storyline.web.knowledge.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.TagTaxonomy;
import io.storyline.domain.tag.TagCount;
import io.storyline.web.knowledge.KnowledgeActions;
import io.storyline.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The tag categories part of the taxonomy page: create, rename, describe and delete categories; put each tag in use
 * in one (or none). (Under /admin: ADMIN only, by web.xml; every action checks again.)
 */
@Named
@ViewScoped
public class TaxonomyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TagTaxonomy taxonomy;

    @Inject
    transient SecurityContext security;

    @EJB
    KnowledgeActions actions;

    private List<CategoryRow> categories;
    private List<TagRow> tags;
    private Long editing;
    private String name;
    private String description;

    /** A category with its tags, for the page. */
    public record CategoryRow(long id, String name, String description, List<String> tags) implements Serializable {

        public CategoryRow {
            tags = List.copyOf(tags);
        }
    }

    /** A tag in use, how many documents carry it, and its category (null: uncategorised). */
    public static class TagRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final long documents;
        private Long category;

        TagRow(String name, long documents, Long category) {
            this.name = name;
            this.documents = documents;
            this.category = category;
        }

        public String getName() {
            return name;
        }

        public long getDocuments() {
            return documents;
        }

        public Long getCategory() {
            return category;
        }

        public void setCategory(Long category) {
            this.category = category;
        }
    }

    private void load() {
        TagTaxonomy.Overview overview = taxonomy.overview();
        categories = new ArrayList<>();
        tags = new ArrayList<>();
        for (TagTaxonomy.Category c : overview.categories()) {
            categories.add(new CategoryRow(c.id(), c.name(), c.description(),
                    c.tags().stream().map(t -> t.name() + " (" + t.documents() + ")").toList()));
            c.tags().forEach(t -> tags.add(new TagRow(t.name(), t.documents(), c.id())));
        }
        for (TagCount t : overview.uncategorised()) {
            tags.add(new TagRow(t.name(), t.documents(), null));
        }
    }

    public List<CategoryRow> getCategories() {
        if (categories == null) {
            load();
        }
        return categories;
    }

    public List<TagRow> getTags() {
        if (tags == null) {
            load();
        }
        return tags;
    }

    /** The tags no category holds, as "name (documents)". */
    public List<String> getUncategorised() {
        return getTags().stream().filter(t -> t.getCategory() == null)
                .map(t -> t.getName() + " (" + t.getDocuments() + ")").toList();
    }

    public void edit(CategoryRow row) {
        editing = row.id();
        name = row.name();
        description = row.description();
    }

    public void startNew() {
        editing = null;
        name = null;
        description = null;
    }

    public void save() {
        try {
            TagTaxonomy.Category saved = actions.saveCategory(editing, name, description);
            Messages.info("Category \"" + saved.name() + "\" saved.");
            startNew();
            load();
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    public void delete(CategoryRow row) {
        try {
            actions.deleteCategory(row.id());
            Messages.info("Category \"" + row.name() + "\" deleted; its tags are uncategorised.");
            load();
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** The category select of a tag changed. */
    public void assign(TagRow row) {
        try {
            actions.assign(row.getName(), row.getCategory());
            Messages.info("Tag \"" + row.getName() + "\" is now " + (row.getCategory() == null ? "uncategorised"
                    : "in " + categoryName(row.getCategory())) + ".");
            load();
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    private String categoryName(long id) {
        return getCategories().stream().filter(c -> c.id() == id).map(CategoryRow::name).findFirst()
                .orElse("category " + id);
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
