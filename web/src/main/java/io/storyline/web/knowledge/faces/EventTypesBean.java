package io.storyline.web.knowledge.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.KnowledgeAdmin.EventTypeInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.preview.EventTypePreview;
import io.storyline.domain.event.EventType;
import io.storyline.web.knowledge.KnowledgeActions;
import io.storyline.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/**
 * The event types part of the taxonomy page: the list, a form to change a type's triggers and patterns or add a
 * type, a preview of what the change would tag on the newest analysed documents, save, and enable/disable.
 */
@Named
@ViewScoped
public class EventTypesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient KnowledgeAdmin knowledge;

    @EJB
    transient EventTypePreview previews;

    @Inject
    transient SecurityContext security;

    @EJB
    KnowledgeActions actions;

    private List<TypeRow> types;
    private boolean adding;
    private boolean editing;
    private String code;
    private String name;
    private String description;
    private String triggers;
    private String patterns;
    private boolean enabled = true;
    private EventTypePreview.Result preview;

    /** An event type as listed. */
    public record TypeRow(String code, String name, String description, String triggers, String patterns,
                          boolean enabled) implements Serializable {

        static TypeRow of(EventType t) {
            return new TypeRow(t.code(), t.name(), t.description().orElse(null), String.join(", ", t.triggers()),
                    String.join("\n", t.patterns()), t.enabled());
        }
    }

    public List<TypeRow> getTypes() {
        if (types == null) {
            types = knowledge.eventTypes().stream().map(TypeRow::of).toList();
        }
        return types;
    }

    public void edit(TypeRow row) {
        adding = false;
        editing = true;
        code = row.code();
        name = row.name();
        description = row.description();
        triggers = row.triggers();
        patterns = row.patterns();
        enabled = row.enabled();
        preview = null;
    }

    public void startNew() {
        adding = true;
        editing = true;
        code = null;
        name = null;
        description = null;
        triggers = null;
        patterns = null;
        enabled = true;
        preview = null;
    }

    public void cancel() {
        editing = false;
        preview = null;
    }

    public void preview() {
        if (code == null || code.isBlank()) {
            Messages.error("Give the type a code first, like LABOUR_STRIKE.");
            return;
        }
        try {
            preview = previews.preview(code, input());
        } catch (AnalysisProblem e) {
            preview = null;
            Messages.error(e.getMessage());
        }
    }

    public void save() {
        try {
            EventType saved = actions.saveEventType(adding ? null : code, input());
            Messages.info("Event type " + saved.code() + " saved. It applies to documents analysed from now on;"
                    + " re-analyse documents from the documents table to apply it to them.");
            editing = false;
            preview = null;
            types = null;
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Turns a type off (or on again) without touching its rules. */
    public void toggle(TypeRow row) {
        try {
            actions.saveEventType(row.code(), new EventTypeInput(row.code(), row.name(), row.description(),
                    row.triggers(), row.patterns(), !row.enabled()));
            Messages.info("Event type " + row.code() + (row.enabled() ? " disabled" : " enabled")
                    + " for documents analysed from now on.");
            types = null;
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    private EventTypeInput input() {
        return new EventTypeInput(code, name, description, triggers, patterns, enabled);
    }

    public EventTypePreview.Result getPreview() {
        return preview;
    }

    public boolean isAdding() {
        return adding;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getTriggers() {
        return triggers;
    }

    public void setTriggers(String triggers) {
        this.triggers = triggers;
    }

    public String getPatterns() {
        return patterns;
    }

    public void setPatterns(String patterns) {
        this.patterns = patterns;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
