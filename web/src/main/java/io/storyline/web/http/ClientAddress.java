package io.storyline.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, and the scheme the client used. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed only when the request comes from one of the proxies listed in
 * {@code storyline.security.trusted-proxies} (comma-separated addresses; none by default), because anyone else
 * can write those headers.
 */
@ApplicationScoped
public class ClientAddress {

    static final int MAX_LENGTH = 64;

    @Inject
    @ConfigProperty(name = "storyline.security.trusted-proxies")
    Optional<String> trustedProxiesValue;

    private Set<String> trustedProxies = Set.of();

    @PostConstruct
    void configure() {
        trustedProxies = parse(trustedProxiesValue.orElse(""));
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    /** {@code https} or {@code http}: as the client reached the proxy, when a trusted proxy says so. */
    public String scheme(HttpServletRequest request) {
        return scheme(request.getScheme(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"),
                trustedProxies);
    }

    /** Whether the client reached us over https (directly, or through a trusted proxy that says so). */
    public boolean isSecure(HttpServletRequest request) {
        return "https".equals(scheme(request));
    }

    static String scheme(String scheme, String remote, String forwardedProto, Set<String> trusted) {
        String own = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        if (remote == null || forwardedProto == null || !trusted.contains(remote)) {
            return own;
        }
        String first = forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("https") || first.equals("http") ? first : own;
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The client's address: the connection's peer, or, when that peer is a trusted proxy, the last address in
     * {@code X-Forwarded-For} that is not itself a trusted proxy (the ones before it could be forged).
     */
    static String resolve(String remote, String forwardedFor, Set<String> trusted) {
        if (remote == null || forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!looksLikeAnAddress(hop)) {
                return remote;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private static boolean looksLikeAnAddress(String value) {
        return !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }
}
