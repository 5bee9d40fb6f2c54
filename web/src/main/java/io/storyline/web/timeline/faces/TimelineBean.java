package io.storyline.web.timeline.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.timeline.Citation;
import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineEntry;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.entity.EntityRepository.EntityCount;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.web.layout.Messages;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.Roles;
import io.storyline.web.timeline.StoryActions;
import io.storyline.web.timeline.TimelineActions;
import io.storyline.web.timeline.TimelineQuery;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The timeline page: its filter, the timeline, the citation being read and editors' merges, splits and saves. */
@Named
@ViewScoped
public class TimelineBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PASSAGE = 400;

    @EJB
    Timelines timelines;

    @EJB
    TimelineActions actions;

    @EJB
    StoryActions stories;

    @EJB
    AnalysisResults results;

    @EJB
    DocumentCatalog catalog;

    @Inject
    SecurityContext security;

    private String entity;
    private String entityLabel;
    private String q;
    private String tag;
    private String document;
    private String from;
    private String to;
    private String groupBy = "type";
    private boolean allEvents;
    private String storyTitle;
    private String reason;
    private final Map<String, Long> entityChoices = new HashMap<>();
    private final Map<String, Boolean> selected = new HashMap<>();
    private CitationView citation;
    private transient Timeline timeline;
    private transient TimelineChart chart;

    /** Reads the page's parameters; shows the timeline when they ask for one. */
    public void load() {
        if (entity != null && !entity.isBlank() && entityLabel == null) {
            try {
                var detail = results.entity(Long.parseLong(entity.strip()));
                entityLabel = label(detail.entity().name(), detail.entity().type().name(), detail.entity().id());
                entityChoices.put(entityLabel, detail.entity().id());
            } catch (NumberFormatException | AnalysisProblem e) {
                entityLabel = null;
            }
        }
        show();
    }

    /** Builds the timeline the filter asks for. */
    public void show() {
        timeline = null;
        chart = null;
        selected.clear();
        TimelineFilter filter = filter(true);
        if (filter == null || filter.isEmpty()) {
            return;
        }
        try {
            timeline = timelines.timeline(filter);
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** The page's filter, or null when it cannot be read (then, if asked, the user is told why). */
    private TimelineFilter filter(boolean tellUser) {
        try {
            return TimelineQuery.filter(entity, tag, q, document, from, to).withAllEvents(allEvents);
        } catch (InvalidRequestException e) {
            if (tellUser) {
                Messages.error(e.forPeople());
            }
            return null;
        }
    }

    /** Entities whose name starts with or contains the typed text, as "Name (TYPE) #id". */
    public List<String> completeEntity(String typed) {
        List<String> labels = new ArrayList<>();
        for (EntityCount c : results.entities(typed, null, new PageRequest(0, 12)).items()) {
            String label = label(c.entity().name(), c.entity().type().name(), c.entity().id());
            entityChoices.put(label, c.entity().id());
            labels.add(label);
        }
        return labels;
    }

    private static String label(String name, String type, long id) {
        return name + " (" + type.toLowerCase() + ") #" + id;
    }

    public void setEntityLabel(String label) {
        this.entityLabel = label == null || label.isBlank() ? null : label;
        Long id = entityLabel == null ? null : entityChoices.get(entityLabel);
        if (entityLabel == null) {
            this.entity = null;
        } else if (id != null) {
            this.entity = id.toString();
        } else {
            int hash = entityLabel.lastIndexOf('#');
            this.entity = hash >= 0 ? entityLabel.substring(hash + 1).strip() : entityLabel;
        }
    }

    /** Opens a citation for reading: the sentence, the trigger in it, the passage around it. */
    public void open(Citation c) {
        String sentence = c.sentence();
        int t0 = Math.max(0, Math.min(sentence.length(), c.triggerBegin() - c.begin()));
        int t1 = Math.max(t0, Math.min(sentence.length(), c.triggerEnd() - c.begin()));
        String passageBefore = null;
        String passageAfter = null;
        try {
            String text = catalog.text(c.documentId());
            int b = Math.max(0, Math.min(text.length(), c.begin()));
            int e = Math.max(b, Math.min(text.length(), c.end()));
            passageBefore = (b > PASSAGE ? "\u2026" : "") + text.substring(Math.max(0, b - PASSAGE), b);
            passageAfter = text.substring(e, Math.min(text.length(), e + PASSAGE))
                    + (text.length() > e + PASSAGE ? "\u2026" : "");
        } catch (RuntimeException e) {
            passageBefore = null;
        }
        citation = new CitationView(c.documentId(), c.documentTitle(), c.documentDate(), sentence.substring(0, t0),
                sentence.substring(t0, t1), sentence.substring(t1), passageBefore, passageAfter, c.eventKey());
    }

    /** Editors: takes one report out of the entry it was merged into. */
    public void split(String eventKey) {
        try {
            actions.split(eventKey, filter(true), reason);
            Messages.info("Report " + eventKey + " now stands on its own; the decision holds after re-analysis.");
            show();
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Editors: makes the selected entries one event. */
    public void mergeSelected() {
        List<String> keys = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (keys.size() < 2) {
            Messages.error("Select at least two entries to merge.");
            return;
        }
        try {
            actions.merge(keys, reason);
            Messages.info(keys.size() + " entries are now one event; the decision holds after re-analysis.");
            show();
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Editors: saves this timeline as a story and opens it. */
    public String saveAsStory() {
        TimelineFilter filter = filter(true);
        if (filter == null) {
            return null;
        }
        try {
            long id = stories.create(storyTitle, null, filter).id();
            return "/timeline/story?faces-redirect=true&id=" + id;
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    /** The current filter as query parameters, for export links and the REST API. */
    public String getQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("entity", entity);
        params.put("q", q);
        params.put("tag", tag);
        params.put("document", document);
        params.put("from", from);
        params.put("to", to);
        params.put("events", allEvents ? "all" : null);
        StringBuilder s = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                s.append('&').append(k).append('=').append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        });
        return s.toString();
    }

    /** The timeline shown; rebuilt from the filter when the view was restored without it. */
    public Timeline getTimeline() {
        if (timeline == null) {
            TimelineFilter filter = filter(false);
            if (filter != null && !filter.isEmpty()) {
                show();
            }
        }
        return timeline;
    }

    public TimelineChart getChart() {
        if (chart == null && getTimeline() != null) {
            chart = TimelineChart.of(timeline, "actor".equals(groupBy));
        }
        return chart;
    }

    public List<TimelineEntry> getDated() {
        return getTimeline() == null ? List.of() : timeline.dated();
    }

    public List<TimelineEntry> getUndated() {
        return getTimeline() == null ? List.of() : timeline.undated();
    }

    public boolean isEditor() {
        return security.isCallerInRole(Roles.EDITOR);
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** {@code all} when the timeline shows every report (repeats, sources, topics), else {@code listed}. */
    public String getEvents() {
        return allEvents ? "all" : "listed";
    }

    /** From the page's address: {@code events=all}; anything else shows the listed events. */
    public void setEvents(String events) {
        this.allEvents = "all".equalsIgnoreCase(events == null ? "" : events.strip());
    }

    public boolean isAllEvents() {
        return allEvents;
    }

    public void setAllEvents(boolean allEvents) {
        this.allEvents = allEvents;
    }

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = "actor".equals(groupBy) ? "actor" : "type";
        this.chart = null;
    }

    public String getStoryTitle() {
        return storyTitle;
    }

    public void setStoryTitle(String storyTitle) {
        this.storyTitle = storyTitle;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public CitationView getCitation() {
        return citation;
    }
}
