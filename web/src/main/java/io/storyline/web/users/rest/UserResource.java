package io.storyline.web.users.rest;

import io.storyline.domain.user.Role;
import io.storyline.web.security.AccountService;
import io.storyline.web.security.Roles;
import io.storyline.web.users.UserAdministration;
import io.storyline.web.users.UserInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Set;

/**
 * {@code /api/users}: accounts, for admins only. Every change is audited (never with a password); a change that
 * would leave no enabled admin, or disable one's own account, answers 409.
 */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @EJB
    AccountService accounts;

    @EJB
    UserAdministration admin;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @GET
    public List<UserJson> list() {
        return accounts.list().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("{username}")
    public UserJson get(@PathParam("username") String username) {
        return UserJson.of(accounts.find(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = NewUserJson.SHAPE) @Valid NewUserJson user) {
        Set<Role> roles = UserInput.roles(user.roles());
        UserJson created = UserJson.of(admin.create(user.username(), UserInput.displayName(user.displayName()),
                roles, UserInput.password(user.password())));
        return Response.created(uriInfo.getBaseUriBuilder().path("users").path(created.username()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson roles(@PathParam("username") String username, @NotNull(message = RolesJson.SHAPE) RolesJson body) {
        Set<Role> roles = UserInput.roles(body.roles());
        return UserJson.of(admin.changeRoles(username, roles));
    }

    @POST
    @Path("{username}/disable")
    public UserJson disable(@PathParam("username") String username) {
        return UserJson.of(admin.disable(username));
    }

    @POST
    @Path("{username}/enable")
    public UserJson enable(@PathParam("username") String username) {
        return UserJson.of(admin.enable(username));
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson password(@PathParam("username") String username, @NotNull(message = PasswordJson.SHAPE) @Valid PasswordJson body) {
        return UserJson.of(admin.resetPassword(username, UserInput.password(body.password())));
    }

}
