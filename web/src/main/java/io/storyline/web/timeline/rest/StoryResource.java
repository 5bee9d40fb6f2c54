package io.storyline.web.timeline.rest;

import io.storyline.analysis.timeline.EntryEdit;
import io.storyline.analysis.timeline.StoryView;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.Roles;
import io.storyline.web.timeline.TimelineExports;
import io.storyline.web.timeline.TimelineQuery;
import io.storyline.web.timeline.rest.TimelineJson.EntryEditJson;
import io.storyline.web.timeline.rest.TimelineJson.NewStoryJson;
import io.storyline.web.timeline.rest.TimelineJson.StoryJson;
import io.storyline.web.timeline.rest.TimelineJson.StorySummaryJson;
import io.storyline.web.timeline.rest.TimelineJson.StoryTitleJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/stories}: saved timelines. Anyone may read them; editors create, correct, review and publish them.
 */
@Path("/stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    @EJB
    Timelines timelines;

    @Inject
    Audit audit;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.READER)
    public List<StorySummaryJson> list() {
        return timelines.stories().stream().map(StorySummaryJson::of).toList();
    }

    /** Saves a timeline as a story; every entry it has now is in and reviewed. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response create(NewStoryJson body) {
        if (body == null) {
            throw new InvalidRequestException("Send {\"title\": \"...\", \"note\": \"...\", and what the story follows:"
                    + " \"entity\", \"q\", \"document\", \"from\", \"to\"}.");
        }
        TimelineFilter filter = TimelineQuery.filter(body.entity() == null ? null : body.entity().toString(),
                body.tag(), body.q(), body.document() == null ? null : body.document().toString(), body.from(),
                body.to());
        StoryView story = timelines.createStory(body.title(), body.note(), filter, user());
        audit.record(AuditAction.STORY_CHANGE, "story " + story.id(), "created \"" + story.title() + "\"");
        return Response.created(uri.getBaseUriBuilder().path("stories").path(Long.toString(story.id())).build())
                .entity(StoryJson.of(story)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public StoryJson get(@PathParam("id") long id) {
        return StoryJson.of(timelines.story(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public StoryJson retitle(@PathParam("id") long id, StoryTitleJson body) {
        if (body == null) {
            throw new InvalidRequestException("Send {\"title\": \"...\", \"note\": \"...\"}.");
        }
        StoryJson story = StoryJson.of(timelines.retitle(id, body.title(), body.note()));
        audit.record(AuditAction.STORY_CHANGE, "story " + id, "retitled \"" + body.title() + "\"");
        return story;
    }

    /** Picks or drops an entry, corrects its date or summary, adds a note, places an undated entry. */
    @PUT
    @Path("/{id}/entries/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public StoryJson editEntry(@PathParam("id") long id, @PathParam("key") String key, EntryEditJson body) {
        if (body == null) {
            throw new InvalidRequestException("Send any of {\"included\": true, \"date\": \"2024-04-04\","
                    + " \"summary\": \"...\", \"note\": \"...\", \"order\": 1}.");
        }
        StoryJson story = StoryJson.of(timelines.editEntry(id, key,
                new EntryEdit(body.included(), body.date(), body.summary(), body.note(), body.order())));
        audit.record(AuditAction.STORY_CHANGE, "story " + id, "entry " + key + " edited");
        return story;
    }

    /** The editor has seen what is new: new entries go in, and later additions show as new again. */
    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.EDITOR)
    public StoryJson review(@PathParam("id") long id) {
        StoryJson story = StoryJson.of(timelines.review(id, user()));
        audit.record(AuditAction.STORY_CHANGE, "story " + id, "reviewed");
        return story;
    }

    /** Publishes the story: the entries that are in and reviewed, as TimelineJS JSON or CSV. */
    @GET
    @Path("/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Roles.EDITOR)
    public Response export(@PathParam("id") long id, @QueryParam("format") String format,
                           @QueryParam("group") String group) {
        StoryView story = timelines.publish(id);
        audit.record(AuditAction.EXPORT, "story " + id, "format " + format + ", published");
        return Exports.response(format, group, "story-" + id, story.title(), items(story));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    public Response delete(@PathParam("id") long id) {
        timelines.deleteStory(id);
        audit.record(AuditAction.STORY_CHANGE, "story " + id, "deleted");
        return Response.noContent().build();
    }

    /** What a story publishes. */
    public static List<TimelineExports.Item> items(StoryView story) {
        return story.published().stream().map(i -> new TimelineExports.Item(i.entry(), i.note())).toList();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
