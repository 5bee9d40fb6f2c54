package io.storyline.web.entities.rest;

import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.Curation;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.entity.EntityRepository.EntityCount;
import io.storyline.domain.entity.EntityRepository.Order;
import io.storyline.domain.entity.EntityType;
import io.storyline.web.documents.rest.AnalysisJson;
import io.storyline.web.entities.EntityActions;
import io.storyline.web.entities.rest.EntitiesJson.EntityDetailJson;
import io.storyline.web.entities.rest.EntitiesJson.EntityJson;
import io.storyline.web.entities.rest.EntitiesJson.EntityPageJson;
import io.storyline.web.entities.rest.EntityContextJson.EntityEventPageJson;
import io.storyline.web.entities.rest.EntityContextJson.MentionPageJson;
import io.storyline.web.entities.rest.EntityContextJson.RelatedEntityJson;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

    @EJB
    Curation curation;

    @EJB
    EntityActions actions;

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
                               @QueryParam("page") String page, @QueryParam("size") String size) {
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

    private static PageRequest pageRequest(String page, String size) {
        return RequestValues.page(page, size, 20, PageRequest.MAX_SIZE);
    }

    /**
     * Says that a text is never an entity, in any document ({@code {"text": "He", "reason": "a pronoun"}}); it takes
     * effect as documents are analysed again.
     */
    @POST
    @Path("/never")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response neverEntity(@NotNull(message = NeverEntityJson.SHAPE) @Valid NeverEntityJson body) {
        Decision d = actions.neverEntity(body.text(), body.reason());
        return Response.status(Response.Status.CREATED).entity(AnalysisJson.DecisionJson.of(d)).build();
    }

    /** Merges this entity into another ({@code {"into": 12, "reason": "..."}}): its mentions and events follow. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response merge(@PathParam("id") long id, @NotNull(message = MergeJson.SHAPE) @Valid MergeJson body) {
        Decision d = actions.merge(id, body.into(), body.reason());
        return Response.ok(AnalysisJson.DecisionJson.of(d)).build();
    }

    /**
     * Splits the mentions written as some of the entity's names into another entity
     * ({@code {"names": ["Jordan"], "newName": "Jordan", "newType": "LOCATION", "reason": "..."}}).
     */
    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response split(@PathParam("id") long id, @NotNull(message = SplitJson.SHAPE) @Valid SplitJson body) {
        EntityType type = body.newType() == null || body.newType().isBlank() ? null : entityType(body.newType());
        Decision d = actions.split(id, body.names(), body.newName(), type, body.reason());
        return Response.ok(AnalysisJson.DecisionJson.of(d)).build();
    }

    /** Adds a name the entity also goes by ({@code {"alias": "al-Quds", "reason": "..."}}). */
    @POST
    @Path("/{id}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response addAlias(@PathParam("id") long id, @NotNull(message = AliasChangeJson.SHAPE) @Valid AliasChangeJson body) {
        Decision d = actions.addAlias(id, body.alias(), body.reason());
        return Response.status(Response.Status.CREATED).entity(AnalysisJson.DecisionJson.of(d)).build();
    }

    /** Removes a name the entity went by ({@code ?alias=}). */
    @DELETE
    @Path("/{id}/aliases")
    @RolesAllowed(Roles.EDITOR)
    public Response removeAlias(@PathParam("id") long id, @QueryParam("alias") String alias,
                                @QueryParam("reason") String reason) {
        if (alias == null || alias.isBlank()) {
            throw new InvalidRequestException("Say which alias: ?alias=...");
        }
        Decision d = actions.removeAlias(id, alias, reason);
        return Response.ok(AnalysisJson.DecisionJson.of(d)).build();
    }

    /** The merges, splits and alias changes about the entity, newest first. */
    @GET
    @Path("/{id}/decisions")
    @RolesAllowed(Roles.READER)
    public List<AnalysisJson.DecisionJson> decisions(@PathParam("id") long id) {
        return curation.history(id).stream().map(AnalysisJson.DecisionJson::of).toList();
    }

    private static EntityType entityType(String type) {
        try {
            return EntityType.parse(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown type \"" + type + "\"; use PERSON, ORGANIZATION, LOCATION or"
                    + " OTHER.");
        }
    }

    /** The body of {@code POST /{id}/merge}. */
    public record MergeJson(@NotNull(message = MergeJson.SHAPE) Long into, String reason) {

        static final String SHAPE = "Send \\{\"into\": <entity id>, \"reason\": \"...\"\\}.";
    }

    /** The body of {@code POST /{id}/split}. */
    public record SplitJson(@NotEmpty(message = SplitJson.SHAPE) List<String> names, String newName, String newType,
                            String reason) {

        static final String SHAPE = "Send \\{\"names\": [\"...\"], \"newName\", \"newType\", \"reason\"\\}.";
    }

    /** The body of {@code POST /{id}/aliases}. */
    public record AliasChangeJson(@NotBlank(message = AliasChangeJson.SHAPE) String alias, String reason) {

        static final String SHAPE = "Send \\{\"alias\": \"...\", \"reason\": \"...\"\\}.";
    }

    /** The body of {@code POST /never}. */
    public record NeverEntityJson(@NotBlank(message = NeverEntityJson.SHAPE) String text, String reason) {

        static final String SHAPE = "Send \\{\"text\": \"...\", \"reason\": \"...\"\\}.";
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
    public MentionPageJson mentions(@PathParam("id") long id, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return MentionPageJson.of(results.entityMentions(id, pageRequest(page, size)));
    }

    /** The entities mentioned in the same documents, most shared documents first ({@code limit} up to 100). */
    @GET
    @Path("/{id}/related")
    @RolesAllowed(Roles.READER)
    public List<RelatedEntityJson> related(@PathParam("id") long id,
                                           @QueryParam("limit") String limit) {
        return results.relatedEntities(id, RequestValues.integer("limit", limit, 1, 100, 15)).stream().map(RelatedEntityJson::of).toList();
    }

    /** The events the entity takes part in or that happen at it, latest date first, undated last. */
    @GET
    @Path("/{id}/events")
    @RolesAllowed(Roles.READER)
    public EntityEventPageJson events(@PathParam("id") long id, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return EntityEventPageJson.of(results.entityEvents(id, pageRequest(page, size)));
    }
}
