package io.storyline.web.timeline;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.timeline.EntryEdit;
import io.storyline.analysis.timeline.StoryView;
import io.storyline.analysis.timeline.Timelines;
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
import java.util.function.Supplier;

/**
 * Changes to stories (saved timelines), for the story pages and {@code /api/stories} alike. Editors create them; a
 * story's owner or an admin changes it. Every change is audited, saying whose story it was when not the caller's;
 * a change refused because the story is someone else's is audited too.
 */
@Stateless
@RolesAllowed(Roles.EDITOR)
public class StoryActions {

    @EJB
    Timelines timelines;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    public StoryView create(String title, String note, TimelineFilter filter) {
        StoryView story = timelines.createStory(title, note, filter, user());
        audit.record(AuditAction.STORY_CHANGE, "story " + story.id(), "created \"" + story.title() + "\"");
        return story;
    }

    public StoryView retitle(long id, String title, String note) {
        return changing(id, "retitled \"" + title + "\"", () -> timelines.retitle(id, title, note, user(), admin()));
    }

    /** Picks or drops an entry (an edit of {@code included} alone), or corrects it. */
    public StoryView editEntry(long id, String key, EntryEdit edit) {
        boolean pickOnly = edit.included() != null && edit.date() == null && edit.summary() == null
                && edit.note() == null && edit.order() == null;
        String what = "entry " + key + (!pickOnly ? " edited" : edit.included() ? " picked" : " dropped");
        return changing(id, what, () -> timelines.editEntry(id, key, edit, user(), admin()));
    }

    public StoryView review(long id) {
        return changing(id, "reviewed", () -> timelines.review(id, user(), admin()));
    }

    /** Records the story as published now; what it publishes goes out as {@code format}, an export. */
    public StoryView publish(long id, String format) {
        StoryView story = changing(id, "published as " + format, () -> timelines.publish(id, user(), admin()));
        audit.record(AuditAction.EXPORT, "story " + id, "format " + format + ", published");
        return story;
    }

    /** What publishing would give now, exported as {@code format} without publishing. */
    public StoryView preview(long id, String format) {
        StoryView story = timelines.story(id);
        audit.record(AuditAction.EXPORT, "story " + id, "format " + format + ", preview (not published)");
        return story;
    }

    public StoryView delete(long id) {
        return changing(id, "deleted", () -> timelines.deleteStory(id, user(), admin()));
    }

    private StoryView changing(long id, String what, Supplier<StoryView> change) {
        StoryView story;
        try {
            story = change.get();
        } catch (AnalysisProblem e) {
            if (e.kind() == AnalysisProblem.Kind.FORBIDDEN) {
                audit.record(AuditAction.STORY_CHANGE, "story " + id, "refused (not the owner): " + what);
            }
            throw e;
        }
        audit.record(AuditAction.STORY_CHANGE, "story " + id, what
                + (story.createdBy().equals(user()) ? "" : " (story of " + story.createdBy() + ")"));
        return story;
    }

    private boolean admin() {
        return caller.isCallerInRole(Roles.ADMIN);
    }

    private String user() {
        return caller.getCallerPrincipal().getName();
    }
}
