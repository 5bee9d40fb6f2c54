package io.storyline.web.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request body that breaks its record's constraints ({@code @Valid} on the resource's parameter) answers 400 in the
 * API's problem+json shape, as the hand-written checks did: {@code invalid-request} with one readable sentence per
 * broken field ("username must not be blank"), fields in order.
 */
@Provider
public class InvalidBodies implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations() == null ? Set.of()
                : e.getConstraintViolations();
        String detail = violations.stream().map(InvalidBodies::sentence).sorted().distinct()
                .collect(Collectors.joining("; "));
        return Problem.of(Status.BAD_REQUEST, "invalid-request", detail.isEmpty() ? "The request is not valid."
                : detail + ".").toResponse();
    }

    /**
     * A message written as a sentence (capitalised, "Send {...}", or starting with the field's quoted name) as it is; otherwise "{field} {message}", the field
     * being the last name of the path ({@code create.arg0.username} → username).
     */
    static String sentence(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        String message = violation.getMessage();
        if (!message.isEmpty() && (Character.isUpperCase(message.charAt(0)) || message.charAt(0) == '"')) {
            return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        }
        return field == null ? "the body " + message : field + " " + message;
    }
}
