package io.storyline.web.timeline;

import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.domain.timeline.EventLinkKind;
import io.storyline.domain.timeline.TimelineFilter;
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
 * Editors' decisions on the timeline, for the timeline page and {@code /api/timeline} alike: each checks the role,
 * runs in one transaction (a merge of several entries is all or nothing) and is audited the same way whichever
 * channel asked.
 */
@Stateless
public class TimelineActions {

    @EJB
    Timelines timelines;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    /** Says two reports are (SAME) or are not (DIFFERENT) the same event. */
    @RolesAllowed(Roles.EDITOR)
    public void link(String a, String b, EventLinkKind kind, String reason) {
        timelines.link(a, b, kind, reason, user());
        audit.record(AuditAction.DECISION, "timeline events " + a + " and " + b, kind + because(reason));
    }

    /**
     * Makes the entries one event: the first is linked as SAME with each of the others, in one transaction, so a
     * refusal half-way leaves nothing merged. One audit entry per link, as {@link #link} writes it.
     */
    @RolesAllowed(Roles.EDITOR)
    public void merge(List<String> keys, String reason) {
        if (keys.size() < 2) {
            throw new IllegalArgumentException("a merge takes at least two entries");
        }
        for (String other : keys.subList(1, keys.size())) {
            link(keys.get(0), other, EventLinkKind.SAME, reason);
        }
    }

    /** Takes one report out of the entry it was merged into, in the timeline {@code filter} gives. */
    @RolesAllowed(Roles.EDITOR)
    public void split(String eventKey, TimelineFilter filter, String reason) {
        timelines.split(eventKey, filter, reason, user());
        audit.record(AuditAction.DECISION, "timeline event " + eventKey, "split" + because(reason));
    }

    /** The timeline to export, with the export in the audit log ({@code how}: the format and the filter). */
    @RolesAllowed(Roles.READER)
    public Timeline export(TimelineFilter filter, String how) {
        Timeline timeline = timelines.timeline(filter);
        audit.record(AuditAction.EXPORT, "timeline", how.replace("{entries}", Integer.toString(
                timeline.entries().size())));
        return timeline;
    }

    private static String because(String reason) {
        return reason == null ? "" : ": " + reason;
    }

    private String user() {
        return caller.getCallerPrincipal().getName();
    }
}
