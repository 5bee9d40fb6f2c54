package io.storyline.web.search.rest;

import io.storyline.analysis.search.ArchiveSearch;
import io.storyline.analysis.search.IndexStatus;
import io.storyline.analysis.search.SavedSearchView;
import io.storyline.analysis.search.SearchResults;
import io.storyline.web.search.SearchIndexing;
import io.storyline.web.search.SearchParams;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * {@code /api/search}: full-text search with facets and highlighted snippets; {@code /api/search/saved}: the
 * caller's saved searches; {@code /api/search/index}: the index's state and, for admins, a re-index.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @EJB
    SearchIndexing indexing;

    @EJB
    ArchiveSearch search;

    @Context
    SecurityContext security;

    /** Hits with snippets (escaped HTML, matches in {@code <mark>}), the total, and facets over all hits. */
    @GET
    @RolesAllowed(Roles.READER)
    public SearchResults search(@QueryParam("q") String q, @QueryParam("type") String type,
                                @QueryParam("entityType") String entityType, @QueryParam("entity") List<String> entity,
                                @QueryParam("tag") List<String> tag, @QueryParam("publisher") String publisher,
                                @QueryParam("language") String language, @QueryParam("year") String year,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("sort") String sort, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return search.search(new SearchParams(q, type, entityType, entity, tag, publisher, language, year, from, to,
                sort, page, size).query());
    }

    @GET
    @Path("/saved")
    @RolesAllowed(Roles.READER)
    public List<SavedSearchView> saved() {
        return search.saved(user());
    }

    /** Body {@code {"name": "...", "query": "q=...&tag=..."}}; a search of the same name is replaced. */
    @POST
    @Path("/saved")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    public Response save(@NotNull(message = SaveJson.SHAPE) @Valid SaveJson body) {
        SavedSearchView saved = search.save(user(), body.name(), body.query());
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @DELETE
    @Path("/saved/{id}")
    @RolesAllowed(Roles.READER)
    public Response delete(@PathParam("id") long id) {
        search.deleteSaved(user(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/index")
    @RolesAllowed(Roles.ADMIN)
    public IndexStatus index() {
        return search.status();
    }

    /** Rebuilds the index from the database in the background; 202 with the state, 409 if one runs. */
    @POST
    @Path("/index")
    @RolesAllowed(Roles.ADMIN)
    public Response reindex() {
        return Response.accepted(indexing.reindex()).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }

    /** A search to keep. */
    public record SaveJson(@NotNull(message = SHAPE) String name, @NotNull(message = SHAPE) String query) {

        static final String SHAPE = "Send \\{\"name\": \"...\", \"query\": \"q=...&tag=...\"\\}.";
    }
}
