package io.storyline.web.knowledge.rest;

import io.storyline.analysis.knowledge.TagTaxonomy;
import io.storyline.web.knowledge.KnowledgeActions;
import io.storyline.web.knowledge.rest.KnowledgeJson.CategoryInput;
import io.storyline.web.knowledge.rest.KnowledgeJson.CategoryJson;
import io.storyline.web.knowledge.rest.KnowledgeJson.OverviewJson;
import io.storyline.web.security.Roles;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/tags/categories}: the categories topic tags are grouped in. Everyone reads them; admins change them.
 * A tag is put in a category with {@code PUT /api/tags/{name}/category}.
 */
@Path("/tags/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagCategoryResource {

    @EJB
    TagTaxonomy taxonomy;

    @EJB
    KnowledgeActions actions;

    @Context
    SecurityContext security;

    /** {@code {"categories": [{id, name, description, tags: [{name, documents}]}], "uncategorised": [...]}}. */
    @GET
    @RolesAllowed(Roles.READER)
    public OverviewJson overview() {
        return OverviewJson.of(taxonomy.overview());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@NotNull(message = CategoryInput.SHAPE) CategoryInput input, @Context UriInfo uri) {
        CategoryJson created = CategoryJson.of(actions.saveCategory(null, input.name(), input.description()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public CategoryJson change(@PathParam("id") long id, @NotNull(message = CategoryInput.SHAPE) CategoryInput input) {
        return CategoryJson.of(actions.saveCategory(id, input.name(), input.description()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") long id) {
        actions.deleteCategory(id);
        return Response.noContent().build();
    }
}
