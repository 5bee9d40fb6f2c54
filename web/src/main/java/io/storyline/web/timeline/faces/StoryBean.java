package io.storyline.web.timeline.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.timeline.EntryEdit;
import io.storyline.analysis.timeline.StoryItem;
import io.storyline.analysis.timeline.StorySummary;
import io.storyline.analysis.timeline.StoryView;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.web.layout.Messages;
import io.storyline.web.security.Roles;
import io.storyline.web.timeline.StoryActions;
import io.storyline.web.timeline.TimelineExports;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories list and the story editor: pick and drop entries, correct them, review what is new, publish. Only a
 * story's owner (the editor who saved it) or an admin changes it; the page shows others no controls, and the
 * service refuses them all the same.
 */
@Named
@ViewScoped
public class StoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Timelines timelines;

    @Inject
    SecurityContext security;

    @EJB
    StoryActions actions;

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
        if (!mayChange()) {
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
            refresh(actions.editEntry(id, key, new EntryEdit(included.get(key), dates.get(key),
                    summaries.get(key), notes.get(key), position)));
            Messages.info("Entry saved.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Picks or drops an entry as its box says. */
    public void include(String key) {
        if (!mayChange()) {
            return;
        }
        try {
            refresh(actions.editEntry(id, key, new EntryEdit(Boolean.TRUE.equals(included.get(key)), null, null, null,
                    null)));
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Marks everything as seen: new entries go in. */
    public void review() {
        if (!mayChange()) {
            return;
        }
        try {
            refresh(actions.review(id));
            Messages.info("Reviewed: new entries are in the story now.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    public void retitle() {
        if (!mayChange()) {
            return;
        }
        try {
            refresh(actions.retitle(id, title, note));
            Messages.info("Story saved.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /**
     * Publishes the story: records it as published now and sends the included, reviewed entries as a TimelineJS
     * or CSV download (the same as {@code POST /api/stories/{id}/publish}).
     */
    public void publish(String format) {
        if (!mayChange()) {
            return;
        }
        StoryView published;
        try {
            published = actions.publish(id, format);
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
            return;
        }
        List<TimelineExports.Item> items = published.published().stream()
                .map(i -> new TimelineExports.Item(i.entry(), i.note())).toList();
        boolean csv = "csv".equals(format);
        String body = csv ? TimelineExports.csv(items)
                : TimelineExports.timelineJs(published.title(), items, TimelineExports.Grouping.TYPE);
        download(csv ? "text/csv;charset=UTF-8" : "application/json;charset=UTF-8",
                "story-" + id + (csv ? ".csv" : ".json"), body);
    }

    private static void download(String contentType, String filename, String body) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        try {
            external.getResponseOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Deletes a story from the list. */
    public void delete(long storyId) {
        if (!isEditor()) {
            Messages.error("Only editors can change stories.");
            return;
        }
        try {
            actions.delete(storyId);
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

    /** Whether the caller may change this story: an editor who owns it, or an admin. */
    public boolean isMayChange() {
        StoryView s = getStory();
        return s != null && isEditor() && (admin() || s.createdBy().equals(user()));
    }

    /** Whether the caller may delete that story of the list. */
    public boolean mayDelete(StorySummary summary) {
        return isEditor() && (admin() || summary.createdBy().equals(user()));
    }

    private boolean mayChange() {
        if (!isMayChange()) {
            Messages.error(getStory() == null ? "There is no such story."
                    : "Only " + getStory().createdBy() + ", who saved this story, or an admin can change it.");
            return false;
        }
        return true;
    }

    private boolean admin() {
        return security.isCallerInRole(Roles.ADMIN);
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
