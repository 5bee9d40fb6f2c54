package io.storyline.web.timeline.rest;

import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.domain.timeline.EventLinkKind;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.web.security.Roles;
import io.storyline.web.timeline.TimelineActions;
import io.storyline.web.timeline.TimelineExports;
import io.storyline.web.timeline.TimelineQuery;
import io.storyline.web.timeline.rest.TimelineJson.EntryJson;
import io.storyline.web.timeline.rest.TimelineJson.LinkJson;
import io.storyline.web.timeline.rest.TimelineJson.SplitJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * {@code /api/timeline}: the events of an entity, words, a document or dates in time order, one entry per
 * real-world event with every report cited; its exports; and editors' merges and splits.
 */
@Path("/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @EJB
    Timelines timelines;

    @EJB
    TimelineActions actions;

    /**
     * The entries, dated ones in time order then the undated ones. {@code X-Timeline-Events} says how many events
     * they come from; {@code X-Timeline-Truncated: true} that more matched than a timeline reads.
     * {@code events=listed} (the default) reads one report per happening in each document, {@code events=all}
     * every report: repeats, sources' attributions and topics too.
     */
    @GET
    @RolesAllowed(Roles.READER)
    public Response timeline(@QueryParam("entity") String entity, @QueryParam("tag") String tag,
                             @QueryParam("q") String q, @QueryParam("document") String document,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("events") String events) {
        Timeline timeline = timelines.timeline(TimelineQuery.filter(entity, tag, q, document, from, to, events));
        return Response.ok(timeline.entries().stream().map(EntryJson::of).toList())
                .header("X-Timeline-Events", timeline.events())
                .header("X-Timeline-Truncated", timeline.truncated())
                .build();
    }

    /**
     * TimelineJS JSON ({@code format=timelinejs}, {@code group=type|actor}) or CSV ({@code format=csv}); the same
     * filters as the timeline, {@code events} included.
     */
    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Roles.READER)
    public Response export(@QueryParam("format") String format, @QueryParam("group") String group,
                           @QueryParam("entity") String entity, @QueryParam("tag") String tag,
                           @QueryParam("q") String q, @QueryParam("document") String document,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("events") String events) {
        TimelineFilter filter = TimelineQuery.filter(entity, tag, q, document, from, to, events);
        String f = Exports.format(format);
        Exports.grouping(group);
        Timeline timeline = actions.export(filter, "format " + f + ", {entries} entries; filter entity=" + entity
                + " tag=" + tag + " q=" + q + " document=" + document + " from=" + from + " to=" + to + " events=" + (filter.allEvents() ? "all" : "listed"));
        return Exports.response(f, group, "timeline", "Timeline",
                timeline.entries().stream().map(e -> new TimelineExports.Item(e, null)).toList());
    }

    /** Says two reports are (SAME) or are not (DIFFERENT) the same event. Holds across re-analysis. */
    @POST
    @Path("/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response link(@NotNull(message = LinkJson.SHAPE) @Valid LinkJson body) {
        EventLinkKind kind = EventLinkKind.valueOf(body.kind().strip().toUpperCase(Locale.ROOT));
        actions.link(body.a(), body.b(), kind, body.reason());
        return Response.noContent().build();
    }

    /** Takes one report out of the entry it was merged into, in the timeline the body's filter names. */
    @POST
    @Path("/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response split(@NotNull(message = SplitJson.SHAPE) @Valid SplitJson body) {
        TimelineFilter filter = TimelineQuery.filter(body.entity() == null ? null : body.entity().toString(), null,
                body.q(), body.document() == null ? null : body.document().toString(), body.from(), body.to());
        actions.split(body.event(), filter, body.reason());
        return Response.noContent().build();
    }
}
