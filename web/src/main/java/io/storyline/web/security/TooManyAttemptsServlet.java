package io.storyline.web.security;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 429 (web.xml): answers an API client whose sign-ins are being slowed down
 * ({@link LoginThrottle}) with a problem document saying how long to wait, as Retry-After does.
 */
@WebServlet("/error/too-many-attempts")
public class TooManyAttemptsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int TOO_MANY_REQUESTS = 429;
    static final String DETAIL = "storyline.throttled.detail";
    static final String RETRY_AFTER = "storyline.throttled.retryAfter";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        Object retryAfter = request.getAttribute(RETRY_AFTER);
        response.setStatus(TOO_MANY_REQUESTS);
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter.toString());
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:storyline:problem:too-many-failed-logins")
                .add("title", "Too Many Requests")
                .add("status", TOO_MANY_REQUESTS)
                .add("detail", detail == null ? "Too many requests; try again later." : detail.toString())
                .build()
                .toString());
    }
}
