package io.storyline.web.documents.rest;

import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/tags}: the tags in use, for pickers and filters. */
@Path("/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    @EJB
    DocumentCatalog catalog;

    /** Tags whose name contains {@code q} (all when empty), most used first: {@code [{"name", "documents"}]}. */
    @GET
    @RolesAllowed(Roles.READER)
    public List<TagJson.UseJson> inUse(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit) {
        return catalog.tagsInUse(q, limit).stream().map(TagJson.UseJson::of).toList();
    }
}
