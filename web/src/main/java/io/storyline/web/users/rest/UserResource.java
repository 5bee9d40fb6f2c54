package io.storyline.web.users.rest;

import io.storyline.domain.user.Role;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.AccountService;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code /api/users}: accounts, for admins only. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @EJB
    AccountService accounts;

    @Context
    UriInfo uriInfo;

    @GET
    public List<UserJson> list() {
        return accounts.list().stream().map(UserJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUserJson user) {
        if (user == null || user.password() == null) {
            throw new InvalidRequestException("Send {\"username\", \"displayName\", \"roles\", \"password\"}.");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new InvalidRequestException("Give the user at least one role of " + Arrays.toString(Role.values()) + ".");
        }
        List<Role> roles = user.roles().stream().map(UserResource::role).toList();
        UserJson created = UserJson.of(accounts.create(user.username(), user.displayName(), roles,
                user.password().toCharArray()));
        return Response.created(uriInfo.getBaseUriBuilder().path("users").path(created.username()).build())
                .entity(created)
                .build();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException("Unknown role \"" + name + "\"; use one of " + Arrays.toString(Role.values()) + ".");
        }
    }
}
