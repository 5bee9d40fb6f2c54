package io.storyline.web.security;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 401 (web.xml): answers API clients with a problem document saying what was missing or
 * wrong. Pages never get here: they redirect to the login form instead.
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DETAIL = "storyline.unauthorized.detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Unauthorized")
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("detail", detail == null ? "This address needs a login." : detail.toString())
                .build()
                .toString());
    }
}
