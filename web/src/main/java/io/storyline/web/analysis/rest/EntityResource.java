package io.storyline.web.analysis.rest;

import io.storyline.analysis.results.AnalysisResults;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.entity.EntityRepository.EntityCount;
import io.storyline.domain.entity.EntityRepository.Order;
import io.storyline.domain.entity.EntityType;
import io.storyline.web.analysis.rest.AnalysisJson.EntityDetailJson;
import io.storyline.web.analysis.rest.AnalysisJson.EntityJson;
import io.storyline.web.analysis.rest.AnalysisJson.EntityPageJson;
import io.storyline.web.analysis.rest.EntityContextJson.EntityEventPageJson;
import io.storyline.web.analysis.rest.EntityContextJson.MentionPageJson;
import io.storyline.web.analysis.rest.EntityContextJson.RelatedEntityJson;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Locale;

/** {@code /api/entities}: the people, organisations and places of the archive, one canonical entity each. */
@Path("/entities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    @EJB
    AnalysisResults results;

    @Context
    SecurityContext security;

    /**
     * Entities, most mentioned first ({@code sort=name}: by name); {@code q} matches names, {@code type} is PERSON,
     * ORGANIZATION, LOCATION or OTHER.
     */
    @GET
    @RolesAllowed(Roles.READER)
    public EntityPageJson list(@QueryParam("q") String q, @QueryParam("type") String type,
                               @QueryParam("sort") @DefaultValue("mentions") String sort,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("20") int size) {
        EntityType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = EntityType.parse(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Unknown type \"" + type + "\"; use PERSON, ORGANIZATION, LOCATION or"
                        + " OTHER.");
            }
        }
        Order order = switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "mentions" -> Order.MENTIONS;
            case "name" -> Order.NAME;
            default -> throw new InvalidRequestException("Unknown sort \"" + sort + "\"; use mentions or name.");
        };
        Page<EntityCount> found = results.entities(q, t, order, pageRequest(page, size));
        return new EntityPageJson(found.items().stream().map(EntityJson::of).toList(), found.total());
    }

    private static PageRequest pageRequest(int page, int size) {
        try {
            return new PageRequest(page, size);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage() + ".");
        }
    }

    /**
     * Says that a text is never an entity, in any document ({@code {"text": "He", "reason": "a pronoun"}}); it takes
     * effect as documents are analysed again.
     */
    @POST
    @Path("/never")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response neverEntity(NeverEntityJson body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new InvalidRequestException("Send {\"text\": \"...\", \"reason\": \"...\"}.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(AnalysisJson.DecisionJson.of(results.neverEntity(body.text(), body.reason(),
                        security.getUserPrincipal().getName()))).build();
    }

    /** The body of {@code POST /never}. */
    public record NeverEntityJson(String text, String reason) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public EntityDetailJson get(@PathParam("id") long id) {
        return EntityDetailJson.of(results.entity(id));
    }

    /** The entity's mentions, newest documents first, each with the words around it. */
    @GET
    @Path("/{id}/mentions")
    @RolesAllowed(Roles.READER)
    public MentionPageJson mentions(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return MentionPageJson.of(results.entityMentions(id, pageRequest(page, size)));
    }

    /** The entities mentioned in the same documents, most shared documents first ({@code limit} up to 100). */
    @GET
    @Path("/{id}/related")
    @RolesAllowed(Roles.READER)
    public List<RelatedEntityJson> related(@PathParam("id") long id,
                                           @QueryParam("limit") @DefaultValue("15") int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidRequestException("limit must be between 1 and 100, was " + limit + ".");
        }
        return results.relatedEntities(id, limit).stream().map(RelatedEntityJson::of).toList();
    }

    /** The events the entity takes part in or that happen at it, latest date first, undated last. */
    @GET
    @Path("/{id}/events")
    @RolesAllowed(Roles.READER)
    public EntityEventPageJson events(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        return EntityEventPageJson.of(results.entityEvents(id, pageRequest(page, size)));
    }
}
