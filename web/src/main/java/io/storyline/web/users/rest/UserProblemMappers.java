package io.storyline.web.users.rest;

import io.storyline.domain.user.UserChangeRefusedException;
import io.storyline.domain.user.UserNotFoundException;
import io.storyline.web.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Problem documents for the account exceptions (the others are in {@code web.rest.ProblemMappers}). */
public final class UserProblemMappers {

    private UserProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<UserNotFoundException> {
        @Override
        public Response toResponse(UserNotFoundException e) {
            return Problem.of(Status.NOT_FOUND, "user-not-found", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<UserChangeRefusedException> {
        @Override
        public Response toResponse(UserChangeRefusedException e) {
            return Problem.of(Status.CONFLICT, "user-change-refused", e.getMessage()).toResponse();
        }
    }
}
