package io.storyline.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem, or {@code about:blank}
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person to read and act on
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    public static Problem of(Response.Status status, String type, String detail) {
        return new Problem("urn:storyline:problem:" + type, status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
