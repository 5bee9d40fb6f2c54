package io.storyline.web.account.rest;

import io.storyline.domain.user.WrongPasswordException;
import io.storyline.web.rest.Problem;
import io.storyline.web.security.SignInThrottledException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Problem documents for a refused change of one's own password. */
public final class AccountProblemMappers {

    private AccountProblemMappers() {
    }

    /** 400, not 401 or 403: the caller is signed in and allowed; the body is wrong. */
    @Provider
    public static class WrongPassword implements ExceptionMapper<WrongPasswordException> {
        @Override
        public Response toResponse(WrongPasswordException e) {
            return Problem.of(Status.BAD_REQUEST, "wrong-password", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Throttled implements ExceptionMapper<SignInThrottledException> {
        @Override
        public Response toResponse(SignInThrottledException e) {
            return Response.fromResponse(Problem.of(Status.TOO_MANY_REQUESTS, "too-many-failed-logins", e.getMessage())
                    .toResponse()).header("Retry-After", e.seconds()).build();
        }
    }
}
