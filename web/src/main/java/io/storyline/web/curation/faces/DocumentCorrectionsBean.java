package io.storyline.web.curation.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.DecisionRequest.ParticipantRequest;
import io.storyline.analysis.results.DecisionRequest;
import io.storyline.analysis.results.DocumentMention;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.InvalidMetadataException;
import io.storyline.web.documents.DocumentActions;
import io.storyline.web.documents.faces.DocumentPageBean;
import io.storyline.web.layout.Messages;
import io.storyline.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An editor's corrections on a document's page: one mention or event at a time is chosen and accepted, rejected,
 * retyped, linked, dated, placed or given its participants; a mention the machine missed is added by selecting its
 * words; tags are added and removed. Each correction is a decision: the document is analysed again with it at once
 * and after every later analysis.
 */
@Named
@ViewScoped
public class DocumentCorrectionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AnalysisResults results;

    @EJB
    transient KnowledgeAdmin knowledge;

    @EJB
    transient DocumentCatalog catalog;

    @Inject
    DocumentPageBean page;

    @Inject
    transient SecurityContext security;

    @EJB
    transient DocumentActions actions;

    private final SelectedEvent event = new SelectedEvent();
    private Integer mentionBegin;
    private Integer mentionEnd;
    private EntityType mentionType;
    private String linkTo;
    private Integer selectionBegin;
    private Integer selectionEnd;
    private String selectionText;
    private EntityType addType;
    private String addName;
    private String newTag;
    private String reason;

    public boolean isEditor() {
        return security.isCallerInRole(Roles.EDITOR);
    }

    /** The document's mentions in text order, as the page last read them. */
    public List<DocumentMention> getMentions() {
        return page.getMentions();
    }

    /** The document's events the page shows, in text order, as the page last read them. */
    public List<Event> getEvents() {
        return page.getShownEvents();
    }

    public List<EventType> getEventTypes() {
        return knowledge.eventTypes();
    }

    public EntityType[] getEntityTypes() {
        return EntityType.values();
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    // --- mentions

    public void chooseMention(int begin, int end) {
        getMentions().stream().filter(m -> m.mention().begin() == begin && m.mention().end() == end).findFirst()
                .ifPresent(m -> {
                    mentionBegin = begin;
                    mentionEnd = end;
                    mentionType = m.mention().type();
                    linkTo = null;
                });
    }

    public DocumentMention getChosenMention() {
        if (mentionBegin == null) {
            return null;
        }
        return getMentions().stream().filter(m -> m.mention().begin() == mentionBegin
                && m.mention().end() == mentionEnd).findFirst().orElse(null);
    }

    public void acceptMention() {
        decideMention("ACCEPT_MENTION", null, null, null);
    }

    public void rejectMention() {
        decideMention("REJECT_MENTION", null, null, null);
    }

    public void retypeMention() {
        if (mentionType == null) {
            Messages.error("Choose the type.");
            return;
        }
        decideMention("RETYPE_MENTION", null, mentionType.name(), null);
    }

    public void linkMention() {
        Long target = EntityCurationBean.idIn(linkTo);
        if (target == null) {
            Messages.error("Choose the entity from the suggestions.");
            return;
        }
        decideMention("LINK_MENTION", target, null, null);
    }

    /** Entities to link to, as "Name · TYPE · #id". */
    public List<String> completeEntity(String query) {
        return EntityCurationBean.choices(results, query, null);
    }

    private void decideMention(String kind, Long entityId, String entityType, String entityName) {
        if (mentionBegin == null) {
            Messages.error("Choose a mention first.");
            return;
        }
        decide(new DecisionRequest(kind, mentionBegin, mentionEnd, entityId, null, null, reason, entityType,
                entityName, null, null, null));
        mentionBegin = null;
        mentionEnd = null;
    }

    /** Adds the mention the editor selected in the text. */
    public void addMention() {
        if (selectionBegin == null || selectionEnd == null || selectionText == null || selectionText.isBlank()) {
            Messages.error("Select the words in the text first.");
            return;
        }
        if (addType == null) {
            Messages.error("Choose the type of what the words name.");
            return;
        }
        String text = page.text();
        int[] span = Selections.locate(text, selectionBegin, selectionEnd, selectionText);
        if (span == null) {
            Messages.error("The selected words were not found in the document's text; select them again.");
            return;
        }
        decide(new DecisionRequest("ADD_MENTION", span[0], span[1], null, null, null, reason, addType.name(),
                addName == null || addName.isBlank() ? null : addName, null, null, null));
        selectionBegin = null;
        selectionEnd = null;
        selectionText = null;
        addName = null;
    }

    // --- events

    public void chooseEvent(int begin, int end) {
        getEvents().stream().filter(e -> e.triggerBegin() == begin && e.triggerEnd() == end).findFirst()
                .ifPresent(event::load);
    }

    public Event getChosenEvent() {
        if (event.begin == null) {
            return null;
        }
        return getEvents().stream().filter(e -> e.triggerBegin() == event.begin && e.triggerEnd() == event.end)
                .findFirst().orElse(null);
    }

    public SelectedEvent getEvent() {
        return event;
    }

    public void acceptEvent() {
        decideEvent(DecisionRequest.of("ACCEPT_EVENT", event.begin, event.end, null, null, null, reason));
    }

    public void rejectEvent() {
        decideEvent(DecisionRequest.of("REJECT_EVENT", event.begin, event.end, null, null, null, reason));
    }

    public void retypeEvent() {
        decideEvent(DecisionRequest.of("RETYPE_EVENT", event.begin, event.end, null, event.type, null, reason));
    }

    public void redateEvent() {
        String value = EventDates.timex(event.date, event.precision);
        if (value == null) {
            Messages.error("Give the date as on a calendar (e.g. 2024-05-01) and its precision.");
            return;
        }
        decideEvent(DecisionRequest.of("DATE_EVENT", event.begin, event.end, null, null, value, reason));
    }

    public void placeEvent() {
        if (event.place == null || event.place.isBlank()) {
            Messages.error("Give the place.");
            return;
        }
        Long id = EntityCurationBean.idIn(event.place);
        decideEvent(new DecisionRequest("PLACE_EVENT", event.begin, event.end, null, null, null, reason, null, null,
                id == null ? event.place : null, id, null));
    }

    public void addParticipantRow() {
        event.participants.add(new SelectedEvent.Row());
    }

    public void removeParticipantRow(SelectedEvent.Row row) {
        event.participants.remove(row);
    }

    public void saveParticipants() {
        List<ParticipantRequest> people = new ArrayList<>();
        for (SelectedEvent.Row row : event.participants) {
            if (row.getName() == null || row.getName().isBlank()) {
                continue;
            }
            Long id = EntityCurationBean.idIn(row.getName());
            people.add(new ParticipantRequest(row.getRole() == null ? "PARTICIPANT" : row.getRole().name(), id,
                    id == null ? row.getName() : null));
        }
        decideEvent(new DecisionRequest("PARTICIPANTS_EVENT", event.begin, event.end, null, null, null, reason, null,
                null, null, null, people));
    }

    private void decideEvent(DecisionRequest request) {
        if (event.begin == null) {
            Messages.error("Choose an event first.");
            return;
        }
        if (decide(request)) {
            event.clear();
        }
    }

    /** Closes the panel of the chosen mention or event without deciding anything. */
    public void closePanel() {
        mentionBegin = null;
        mentionEnd = null;
        event.clear();
    }

    // --- tags

    public void addTag() {
        if (newTag == null || newTag.isBlank()) {
            return;
        }
        try {
            actions.tag(page.getDocumentId(), List.of(newTag));
            newTag = null;
            page.refresh();
        } catch (InvalidMetadataException e) {
            Messages.error(e.getMessage());
        }
    }

    public void removeTag(String name) {
        try {
            actions.untag(page.getDocumentId(), name);
            page.refresh();
        } catch (InvalidMetadataException e) {
            Messages.error(e.getMessage());
        }
    }

    // ---

    private boolean decide(DecisionRequest request) {
        try {
            Decision d = actions.decide(page.getDocumentId(), request);
            Messages.info("Saved: " + d.kind().name().toLowerCase().replace('_', ' ') + " \u201c"
                    + d.textValue().orElse("") + "\u201d. The document is being analysed again with it.");
            page.refresh();
            return true;
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
            return false;
        }
    }

    public EntityType getMentionType() {
        return mentionType;
    }

    public void setMentionType(EntityType mentionType) {
        this.mentionType = mentionType;
    }

    public String getLinkTo() {
        return linkTo;
    }

    public void setLinkTo(String linkTo) {
        this.linkTo = linkTo;
    }

    public Integer getSelectionBegin() {
        return selectionBegin;
    }

    public void setSelectionBegin(Integer selectionBegin) {
        this.selectionBegin = selectionBegin;
    }

    public Integer getSelectionEnd() {
        return selectionEnd;
    }

    public void setSelectionEnd(Integer selectionEnd) {
        this.selectionEnd = selectionEnd;
    }

    public String getSelectionText() {
        return selectionText;
    }

    public void setSelectionText(String selectionText) {
        this.selectionText = selectionText == null || selectionText.length() <= 500 ? selectionText
                : selectionText.substring(0, 500);
    }

    public EntityType getAddType() {
        return addType;
    }

    public void setAddType(EntityType addType) {
        this.addType = addType;
    }

    public String getAddName() {
        return addName;
    }

    public void setAddName(String addName) {
        this.addName = addName;
    }

    public String getNewTag() {
        return newTag;
    }

    public void setNewTag(String newTag) {
        this.newTag = newTag;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
