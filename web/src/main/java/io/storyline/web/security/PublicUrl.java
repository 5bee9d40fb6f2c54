package io.storyline.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where users reach the archive ({@code storyline.public-url}, e.g. {@code https://archive.example.org}), and the
 * {@code Location} of every redirect. The request's {@code Host} header is written by the client, so it never
 * lands in a {@code Location}: with the key set, redirects are absolute on the public address; without it they
 * are relative (RFC 7231, 7.1.2), which every browser follows on the address it used.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "storyline.public-url")
    Optional<String> value;

    private URI base;

    @PostConstruct
    void configure() {
        base = parse(value.orElse(""));
    }

    /**
     * The public address as {@code scheme://host[:port]}, or null for an empty value.
     *
     * @throws IllegalArgumentException when the value is not such an address
     */
    static URI parse(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(v);
            }
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("storyline.public-url is the address users reach the archive at, like"
                    + " https://archive.example.org (scheme, host and port, no path), not \"" + v + "\"", e);
        }
    }

    /** The public origin ({@code https://archive.example.org}), when configured. */
    public Optional<String> origin() {
        return Optional.ofNullable(base).map(URI::toString);
    }

    /** What to send as {@code Location} for a redirect to {@code location}, written for this request. */
    public String location(HttpServletRequest request, String location) {
        return location(location, request.getRequestURI(), request.getServerName(), base);
    }

    /**
     * A redirect target made safe: an absolute address on the request's own host name (which came from the Host
     * header) and a relative one both become a path on this server, then absolute on the public address when there
     * is one. Addresses of other hosts are left alone.
     */
    static String location(String location, String requestPath, String requestHost, URI base) {
        if (location == null) {
            return null;
        }
        String path = location;
        boolean absolute = location.startsWith("//") || location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
        if (absolute) {
            URI uri;
            try {
                uri = new URI(location.startsWith("//") ? "http:" + location : location);
            } catch (URISyntaxException e) {
                return location;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || requestHost == null || !uri.getHost().equalsIgnoreCase(requestHost)) {
                return location;
            }
            path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } else if (!location.startsWith("/")) {
            String current = requestPath == null ? "/" : requestPath;
            path = current.substring(0, current.lastIndexOf('/') + 1) + location;
        }
        return base == null ? path : base + path;
    }
}
