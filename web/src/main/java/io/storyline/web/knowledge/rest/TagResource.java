package io.storyline.web.knowledge.rest;

import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.web.documents.rest.TagJson;
import io.storyline.web.knowledge.KnowledgeActions;
import io.storyline.web.knowledge.rest.KnowledgeJson.AssignmentInput;
import io.storyline.web.knowledge.rest.KnowledgeJson.AssignmentJson;
import io.storyline.web.rest.RequestValues;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** {@code /api/tags}: the tags in use, for pickers and filters. */
@Path("/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    @EJB
    DocumentCatalog catalog;

    @EJB
    KnowledgeActions actions;

    @Context
    SecurityContext security;

    /** Tags whose name contains {@code q} (all when empty), most used first: {@code [{"name", "documents"}]}. */
    @GET
    @RolesAllowed(Roles.READER)
    public List<TagJson.UseJson> inUse(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return catalog.tagsInUse(q, RequestValues.integer("limit", limit, 1, 100, 20)).stream().map(TagJson.UseJson::of).toList();
    }

    /** Puts a tag in a category ({@code {"category": id}}), or in none ({@code {"category": null}}). */
    @PUT
    @Path("/{name: .+}/category")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public AssignmentJson category(@PathParam("name") String name, AssignmentInput input) {
        Long category = input == null ? null : input.category();
        String tag = actions.assign(name, category);
        return new AssignmentJson(tag, category);
    }
}
