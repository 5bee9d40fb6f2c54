package io.storyline.web.timeline.rest;

import io.storyline.analysis.timeline.EntryEdit;
import io.storyline.analysis.timeline.StoryView;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.web.security.Roles;
import io.storyline.web.timeline.StoryActions;
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
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/stories}: saved timelines. Anyone may read them; editors create them, and a story's owner (the editor
 * who saved it) or an admin corrects, reviews, publishes and deletes it.
 */
@Path("/stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    @EJB
    Timelines timelines;

    @EJB
    StoryActions actions;

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
    public Response create(@NotNull(message = NewStoryJson.SHAPE) NewStoryJson body) {
        TimelineFilter filter = TimelineQuery.filter(body.entity() == null ? null : body.entity().toString(),
                body.tag(), body.q(), body.document() == null ? null : body.document().toString(), body.from(),
                body.to());
        StoryView story = actions.create(body.title(), body.note(), filter);
        return Response.created(uri.getBaseUriBuilder().path("stories").path(Long.toString(story.id())).build())
                .entity(StoryJson.of(story)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public StoryJson get(@PathParam("id") long id) {
        return StoryJson.of(timelines.story(id));
    }

    /** Retitles the story; only its owner or an admin (403 for other editors). */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public StoryJson retitle(@PathParam("id") long id, @NotNull(message = StoryTitleJson.SHAPE) StoryTitleJson body) {
        return StoryJson.of(actions.retitle(id, body.title(), body.note()));
    }

    /** Picks or drops an entry, corrects its date or summary, adds a note, places an undated entry. */
    @PUT
    @Path("/{id}/entries/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public StoryJson editEntry(@PathParam("id") long id, @PathParam("key") String key, @NotNull(message = EntryEditJson.SHAPE) EntryEditJson body) {
        return StoryJson.of(actions.editEntry(id, key,
                new EntryEdit(body.included(), body.date(), body.summary(), body.note(), body.order())));
    }

    /** The editor has seen what is new: new entries go in, and later additions show as new again. */
    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.EDITOR)
    public StoryJson review(@PathParam("id") long id) {
        return StoryJson.of(actions.review(id));
    }

    /**
     * Publishes the story: records that it is published now and answers with what is published (the entries that
     * are in and reviewed) as TimelineJS JSON or CSV. Only its owner or an admin.
     */
    @POST
    @Path("/{id}/publish")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Roles.EDITOR)
    public Response publish(@PathParam("id") long id, @QueryParam("format") String format,
                            @QueryParam("group") String group) {
        String f = Exports.format(format);
        Exports.grouping(group);
        StoryView story = actions.publish(id, f);
        return Exports.response(f, group, "story-" + id, story.title(), items(story));
    }

    /**
     * What publishing the story would give now, as TimelineJS JSON or CSV; records nothing (publishing is
     * {@code POST /{id}/publish}).
     */
    @GET
    @Path("/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Roles.EDITOR)
    public Response export(@PathParam("id") long id, @QueryParam("format") String format,
                           @QueryParam("group") String group) {
        String f = Exports.format(format);
        Exports.grouping(group);
        StoryView story = actions.preview(id, f);
        return Exports.response(f, group, "story-" + id + "-preview", story.title(), items(story));
    }

    /** Deletes the story; only its owner or an admin. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    public Response delete(@PathParam("id") long id) {
        actions.delete(id);
        return Response.noContent().build();
    }

    /** What a story publishes. */
    public static List<TimelineExports.Item> items(StoryView story) {
        return story.published().stream().map(i -> new TimelineExports.Item(i.entry(), i.note())).toList();
    }
}
