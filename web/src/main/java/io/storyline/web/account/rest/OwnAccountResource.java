package io.storyline.web.account.rest;

import io.storyline.web.account.OwnPassword;
import io.storyline.web.security.Roles;
import io.storyline.web.users.UserInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/users/me}: the signed-in user's own account, for every role. {@code PUT /api/users/me/password}
 * changes the caller's password ({@link OwnPassword}): 204, or 400 (wrong current password, weak new one), 429
 * while the caller's source must wait. ("me" is no user name: the name is reserved.)
 */
@Path("/users/me")
@RequestScoped
@RolesAllowed(Roles.READER)
public class OwnAccountResource {

    @Inject
    OwnPassword ownPassword;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull(message = PasswordChangeJson.SHAPE) @Valid PasswordChangeJson body) {
        ownPassword.change(request, security.getUserPrincipal().getName(), body.currentPassword().toCharArray(),
                UserInput.password(body.newPassword()), "API");
        return Response.noContent().build();
    }
}
