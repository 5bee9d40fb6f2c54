package io.storyline.web.security;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery on the API. A browser sends the session cookie (and Basic credentials it has
 * cached) with requests that another site makes it send, so a request that changes something is only taken
 * when it comes from our own pages or from a client that is not a browser:
 * <ul>
 * <li>a browser that says the request is cross-site ({@code Sec-Fetch-Site}) or from another origin
 *     ({@code Origin}) is refused;</li>
 * <li>a request that relies on the session cookie alone (no {@code Authorization}) must also name our origin or
 *     carry {@code X-Requested-With}, a header no other site can make a browser send without our consent
 *     (and we consent to no cross-origin request).</li>
 * </ul>
 * Reading (GET, HEAD, OPTIONS) is not affected: what another site could make a browser read, it cannot see.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class ApiCrossSiteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String MARKER = "X-Requested-With";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = refusal(request.getMethod(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getHeader("Host"), request.getHeader("Authorization") != null,
                request.getHeader(MARKER) != null);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Cross-site request refused")
                .add("status", HttpServletResponse.SC_FORBIDDEN)
                .add("detail", refusal)
                .build()
                .toString());
    }

    /** Why the request is refused, or null when it may go on. */
    static String refusal(String method, String fetchSite, String origin, String host, boolean credentials,
                          boolean marked) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return null;
        }
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return "Changes through the API are only taken from Storyline's own pages or from API clients, not from"
                    + " another site (Sec-Fetch-Site: " + clip(fetchSite) + ").";
        }
        if (origin != null && !sameAuthority(origin, host)) {
            return "Changes through the API are only taken from Storyline's own pages or from API clients, not from"
                    + " another origin (" + clip(origin) + ").";
        }
        if (!credentials && origin == null && !marked) {
            return "A change made with the browser session needs the header " + MARKER
                    + "; API clients send HTTP Basic credentials instead.";
        }
        return null;
    }

    /** Whether the origin names the host this request was sent to (the scheme may differ behind a proxy). */
    static boolean sameAuthority(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
            URI target = new URI(uri.getScheme() + "://" + host.strip());
            int targetPort = target.getPort() >= 0 ? target.getPort() : defaultPort(uri.getScheme());
            return uri.getHost().equalsIgnoreCase(target.getHost()) && port == targetPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String clip(String value) {
        String printable = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
