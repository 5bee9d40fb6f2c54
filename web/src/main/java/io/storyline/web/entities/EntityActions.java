package io.storyline.web.entities;

import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.Curation;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.entity.EntityType;
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

/**
 * Editors' corrections of entities, for the entity page and {@code /api/entities} alike: merge, split, aliases and
 * "never an entity". Each checks the role, runs in one transaction and is audited the same way from both channels.
 */
@Stateless
@RolesAllowed(Roles.EDITOR)
public class EntityActions {

    @EJB
    Curation curation;

    @EJB
    AnalysisResults results;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    public Decision merge(long entityId, long into, String reason) {
        Decision d = curation.merge(entityId, into, reason, user());
        audit.record(AuditAction.ENTITY_MERGE, "entity " + entityId, "merged into entity "
                + d.targetEntityId().orElse(into));
        return d;
    }

    public Decision split(long entityId, List<String> names, String newName, EntityType newType, String reason) {
        Decision d = curation.split(entityId, names, newName, newType, reason, user());
        audit.record(AuditAction.ENTITY_SPLIT, "entity " + entityId, "split " + String.join(", ", names)
                + " into entity " + d.targetEntityId().orElse(null));
        return d;
    }

    public Decision addAlias(long entityId, String alias, String reason) {
        Decision d = curation.addAlias(entityId, alias, reason, user());
        audit.record(AuditAction.ENTITY_ALIAS, "entity " + entityId, "added alias " + alias);
        return d;
    }

    public Decision removeAlias(long entityId, String alias, String reason) {
        Decision d = curation.removeAlias(entityId, alias, reason, user());
        audit.record(AuditAction.ENTITY_ALIAS, "entity " + entityId, "removed alias " + alias);
        return d;
    }

    /** Says that a text is never an entity, in any document. */
    public Decision neverEntity(String text, String reason) {
        Decision d = results.neverEntity(text, reason, user());
        audit.record(AuditAction.NEVER_ENTITY, "text " + text, reason);
        return d;
    }

    private String user() {
        return caller.getCallerPrincipal().getName();
    }
}
