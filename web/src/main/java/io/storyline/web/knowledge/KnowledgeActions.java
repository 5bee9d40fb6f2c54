package io.storyline.web.knowledge;

import io.storyline.analysis.knowledge.ImportReport;
import io.storyline.analysis.knowledge.KnowledgeAdmin.AliasInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin.EventTypeInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin.NameInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.knowledge.TagTaxonomy;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.event.EventType;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Admins' changes to the knowledge analysis uses (aliases, gazetteer, event types, tag categories and tags' places
 * in them), and editors' CSV exports, for the admin pages and the REST API alike: each checks the role, runs in one
 * transaction (an import is all its valid rows or nothing) and writes the same audit entry from both channels.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KnowledgeActions {

    @EJB
    KnowledgeAdmin knowledge;

    @EJB
    TagTaxonomy taxonomy;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    /** Adds an alias ({@code id} null) or changes alias {@code id}. */
    public Alias saveAlias(Long id, AliasInput in) {
        Alias saved = id == null ? knowledge.addAlias(in, user()) : knowledge.changeAlias(id, in, user());
        audit.record(AuditAction.KNOWLEDGE_CHANGE, "alias " + saved.alias(), (id == null ? "added" : "changed " + id)
                + ": \"" + saved.alias() + "\" = \"" + saved.canonical() + "\" (" + saved.type() + ", " + saved.kind()
                + ")");
        return saved;
    }

    public void deleteAlias(long id) {
        String name = knowledge.allAliases().stream().filter(a -> Objects.equals(a.id(), id)).map(Alias::alias)
                .findFirst().orElse("#" + id);
        knowledge.deleteAlias(id, user());
        audit.record(AuditAction.KNOWLEDGE_CHANGE, "alias " + name, "deleted " + id);
    }

    /** Adds a gazetteer name ({@code id} null) or changes name {@code id}. */
    public GazetteerEntry saveName(Long id, NameInput in) {
        GazetteerEntry saved = id == null ? knowledge.addName(in, user()) : knowledge.changeName(id, in, user());
        audit.record(AuditAction.KNOWLEDGE_CHANGE, "gazetteer " + saved.name(), (id == null ? "added" : "changed "
                + id) + ": " + saved.type() + (saved.caseSensitive() ? ", case-sensitive" : ""));
        return saved;
    }

    public void deleteName(long id) {
        String name = knowledge.allGazetteer().stream().filter(g -> Objects.equals(g.id(), id))
                .map(GazetteerEntry::name).findFirst().orElse("#" + id);
        knowledge.deleteName(id, user());
        audit.record(AuditAction.KNOWLEDGE_CHANGE, "gazetteer " + name, "deleted " + id);
    }

    public ImportReport importAliases(String csv) {
        return imported("aliases", knowledge.importAliases(csv, user()));
    }

    public ImportReport importGazetteer(String csv) {
        return imported("gazetteer", knowledge.importGazetteer(csv, user()));
    }

    private ImportReport imported(String what, ImportReport report) {
        audit.record(AuditAction.KNOWLEDGE_CHANGE, what + " import", report.summary());
        return report;
    }

    /** Every alias, for a CSV export (editors too). */
    @RolesAllowed(Roles.EDITOR)
    public List<Alias> exportAliases() {
        List<Alias> aliases = knowledge.allAliases();
        audit.record(AuditAction.EXPORT, "aliases", aliases.size() + " rows");
        return aliases;
    }

    /** The whole gazetteer, for a CSV export (editors too). */
    @RolesAllowed(Roles.EDITOR)
    public List<GazetteerEntry> exportGazetteer() {
        List<GazetteerEntry> names = knowledge.allGazetteer();
        audit.record(AuditAction.EXPORT, "gazetteer", names.size() + " rows");
        return names;
    }

    /** Adds an event type ({@code code} null) or changes event type {@code code}. */
    public EventType saveEventType(String code, EventTypeInput input) {
        EventType saved = code == null ? knowledge.addEventType(input, user())
                : knowledge.changeEventType(code, input, user());
        audit.record(AuditAction.TAXONOMY_CHANGE, "event type " + saved.code(), (code == null ? "added" : "changed")
                + ": triggers " + String.join(", ", saved.triggers()) + "; patterns "
                + String.join(" | ", saved.patterns()) + (saved.enabled() ? "" : "; disabled"));
        return saved;
    }

    public void deleteEventType(String code) {
        knowledge.deleteEventType(code, user());
        audit.record(AuditAction.TAXONOMY_CHANGE, "event type " + code, "deleted");
    }

    /** Creates a tag category ({@code id} null), or renames or describes category {@code id}. */
    public TagTaxonomy.Category saveCategory(Long id, String name, String description) {
        TagTaxonomy.Category saved = id == null ? taxonomy.create(name, description, user())
                : taxonomy.change(id, name, description, user());
        audit.record(AuditAction.TAXONOMY_CHANGE, "tag category " + saved.name(),
                id == null ? "created" : "renamed or described (" + id + ")");
        return saved;
    }

    /** Deletes a tag category; its tags are uncategorised. Its name. */
    public String deleteCategory(long id) {
        String name = taxonomy.delete(id, user());
        audit.record(AuditAction.TAXONOMY_CHANGE, "tag category " + name, "deleted; its tags are uncategorised");
        return name;
    }

    /** Puts a tag in a category, or in none ({@code category} null); the tag's canonical name. */
    public String assign(String tag, Long category) {
        String name = taxonomy.assign(tag, category, user());
        audit.record(AuditAction.TAXONOMY_CHANGE, "tag " + name, category == null ? "uncategorised"
                : "put in category " + category);
        return name;
    }

    private String user() {
        return caller.getCallerPrincipal().getName();
    }
}
