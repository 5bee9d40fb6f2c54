package io.storyline.web.users.rest;

import io.storyline.domain.user.Role;
import io.storyline.domain.user.User;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.AccountService;
import io.storyline.web.security.Roles;
import io.storyline.web.users.UserInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.stream.Collectors;

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

    @Inject
    Audit audit;

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
    public Response create(NewUserJson user) {
        if (user == null || user.password() == null) {
            throw new InvalidRequestException("Send {\"username\", \"displayName\", \"roles\", \"password\"}.");
        }
        Set<Role> roles = UserInput.roles(user.roles());
        UserJson created = UserJson.of(accounts.create(user.username(), UserInput.displayName(user.displayName()),
                roles, UserInput.password(user.password())));
        audit.record(AuditAction.USER_CREATE, subject(created.username()), "roles " + names(roles));
        return Response.created(uriInfo.getBaseUriBuilder().path("users").path(created.username()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson roles(@PathParam("username") String username, RolesJson body) {
        if (body == null) {
            throw new InvalidRequestException("Send {\"roles\": [...]}.");
        }
        Set<Role> roles = UserInput.roles(body.roles());
        User user = accounts.changeRoles(actor(), username, roles);
        audit.record(AuditAction.USER_UPDATE, subject(user.username()), "roles " + names(roles));
        return UserJson.of(user);
    }

    @POST
    @Path("{username}/disable")
    public UserJson disable(@PathParam("username") String username) {
        User user = accounts.disable(actor(), username);
        audit.record(AuditAction.USER_DISABLE, subject(user.username()), "disabled");
        return UserJson.of(user);
    }

    @POST
    @Path("{username}/enable")
    public UserJson enable(@PathParam("username") String username) {
        User user = accounts.enable(actor(), username);
        audit.record(AuditAction.USER_ENABLE, subject(user.username()), "enabled");
        return UserJson.of(user);
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson password(@PathParam("username") String username, PasswordJson body) {
        if (body == null) {
            throw new InvalidRequestException("Send {\"password\": \"...\"}.");
        }
        User user = accounts.resetPassword(actor(), username, UserInput.password(body.password()));
        audit.record(AuditAction.USER_PASSWORD_RESET, subject(user.username()), "password set by an admin");
        return UserJson.of(user);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    static String subject(String username) {
        return "user " + username;
    }

    static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
