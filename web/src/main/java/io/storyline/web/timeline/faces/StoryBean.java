package io.storyline.web.timeline.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.timeline.EntryEdit;
import io.storyline.analysis.timeline.StoryItem;
import io.storyline.analysis.timeline.StorySummary;
import io.storyline.analysis.timeline.StoryView;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.layout.Messages;
import io.storyline.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stories list and the story editor: pick and drop entries, correct them, review what is new. */
@Named
@ViewScoped
public class StoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Timelines timelines;

    @Inject
    SecurityContext security;

    @Inject
    Audit audit;

    private Long id;
    private String title;
    private String note;
    private final Map<String, Boolean> included = new HashMap<>();
    private final Map<String, String> dates = new HashMap<>();
    private final Map<String, String> summaries = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, String> orders = new HashMap<>();
    private transient StoryView story;
    private transient List<StorySummary> stories;

    /** Reads the story the page's {@code id} names. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            refresh(timelines.story(id));
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    private void refresh(StoryView view) {
        story = view;
        title = view.title();
        note = view.note();
        included.clear();
        dates.clear();
        summaries.clear();
        notes.clear();
        orders.clear();
        for (StoryItem item : view.items()) {
            String key = item.entry().key();
            included.put(key, item.included());
            dates.put(key, item.machineDate() == null ? "" : item.entry().date().value());
            summaries.put(key, item.machineSummary() == null ? "" : item.entry().summary());
            notes.put(key, item.note() == null ? "" : item.note());
            orders.put(key, item.manualOrder() == null ? "" : item.manualOrder().toString());
        }
    }

    /** Saves the editor's changes to one entry. */
    public void saveEntry(String key) {
        if (!editor()) {
            return;
        }
        String order = orders.get(key) == null ? "" : orders.get(key).strip();
        Integer position;
        try {
            position = order.isEmpty() ? null : Integer.valueOf(order);
        } catch (NumberFormatException e) {
            Messages.error("The position is a whole number (1 first), not \"" + order + "\".");
            return;
        }
        try {
            refresh(timelines.editEntry(id, key, new EntryEdit(included.get(key), dates.get(key),
                    summaries.get(key), notes.get(key), position)));
            audit.record(AuditAction.STORY_CHANGE, "story " + id, "entry " + key + " edited");
            Messages.info("Entry saved.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Picks or drops an entry as its box says. */
    public void include(String key) {
        if (!editor()) {
            return;
        }
        try {
            refresh(timelines.editEntry(id, key, new EntryEdit(included.get(key), null, null, null, null)));
            audit.record(AuditAction.STORY_CHANGE, "story " + id, "entry " + key
                    + (Boolean.TRUE.equals(included.get(key)) ? " picked" : " dropped"));
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Marks everything as seen: new entries go in. */
    public void review() {
        if (!editor()) {
            return;
        }
        try {
            refresh(timelines.review(id, user()));
            audit.record(AuditAction.STORY_CHANGE, "story " + id, "reviewed");
            Messages.info("Reviewed: new entries are in the story now.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    public void retitle() {
        if (!editor()) {
            return;
        }
        try {
            refresh(timelines.retitle(id, title, note));
            audit.record(AuditAction.STORY_CHANGE, "story " + id, "retitled \"" + title + "\"");
            Messages.info("Story saved.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Deletes a story from the list. */
    public void delete(long storyId) {
        if (!editor()) {
            return;
        }
        try {
            timelines.deleteStory(storyId);
            audit.record(AuditAction.STORY_CHANGE, "story " + storyId, "deleted");
            stories = null;
            Messages.info("Story deleted.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    public List<StorySummary> getStories() {
        if (stories == null) {
            stories = timelines.stories();
        }
        return stories;
    }

    public StoryView getStory() {
        if (story == null && id != null) {
            load();
        }
        return story;
    }

    public boolean isEditor() {
        return security.isCallerInRole(Roles.EDITOR);
    }

    private boolean editor() {
        if (!isEditor()) {
            Messages.error("Only editors can change stories.");
            return false;
        }
        return true;
    }

    private String user() {
        return security.getCallerPrincipal().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<String, Boolean> getIncluded() {
        return included;
    }

    public Map<String, String> getDates() {
        return dates;
    }

    public Map<String, String> getSummaries() {
        return summaries;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, String> getOrders() {
        return orders;
    }
}
