package io.storyline.web.security;

import io.storyline.web.http.ClientAddress;
import jakarta.inject.Inject;
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
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery on the API. A browser sends the session cookie (and Basic credentials it has
 * cached) with requests that another site makes it send, so a request that changes something is only taken
 * when it comes from our own pages or from a client that is not a browser:
 * <ul>
 * <li>a browser that says the request is cross-site ({@code Sec-Fetch-Site}) or from another origin
 *     ({@code Origin}: scheme, host and port, compared with the address the request was sent to and with
 *     {@code storyline.public-url}) is refused;</li>
 * <li>a request whose caller was not authenticated by HTTP Basic credentials on this very request (so by the
 *     session cookie) must also name our origin or carry {@code X-Requested-With}, a header no other site can make
 *     a browser send without our consent (and we consent to no cross-origin request). Merely sending an
 *     {@code Authorization} header does not count: the authentication mechanism marks the requests it
 *     authenticated by Basic.</li>
 * </ul>
 * Reading (GET, HEAD, OPTIONS) is not affected: what another site could make a browser read, it cannot see.
 * The filter runs after authentication.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class ApiCrossSiteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String MARKER = "X-Requested-With";

    @Inject
    ClientAddress clientAddress;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<String> ours = new HashSet<>();
        String host = request.getHeader("Host");
        if (host != null && !host.isBlank()) {
            ours.add(clientAddress.scheme(request) + "://" + host.strip());
        }
        publicUrl.origin().ifPresent(ours::add);
        String refusal = refusal(request.getMethod(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                ours, StorylineAuthenticationMechanism.isBasicCaller(request), request.getHeader(MARKER) != null);
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

    /**
     * Why the request is refused, or null when it may go on.
     *
     * @param ours       our origins ({@code scheme://host[:port]}): the one the request was sent to, the public one
     * @param basicCaller whether this request's caller was authenticated by HTTP Basic credentials
     */
    static String refusal(String method, String fetchSite, String origin, Set<String> ours, boolean basicCaller,
                          boolean marked) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return null;
        }
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return "Changes through the API are only taken from Storyline's own pages or from API clients, not from"
                    + " another site (Sec-Fetch-Site: " + clip(fetchSite) + ").";
        }
        if (origin != null && ours.stream().noneMatch(own -> sameOrigin(origin, own))) {
            return "Changes through the API are only taken from Storyline's own pages or from API clients, not from"
                    + " another origin (" + clip(origin) + ").";
        }
        if (!basicCaller && origin == null && !marked) {
            return "A change made with the browser session needs the header " + MARKER
                    + "; API clients send HTTP Basic credentials instead.";
        }
        return null;
    }

    /** Whether two origins have the same scheme, host and port (default ports filled in). */
    static boolean sameOrigin(String origin, String own) {
        try {
            URI a = new URI(origin.strip());
            URI b = new URI(own.strip());
            if (a.getHost() == null || a.getScheme() == null || b.getHost() == null || b.getScheme() == null) {
                return false;
            }
            return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                    && port(a) == port(b);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String clip(String value) {
        String printable = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
