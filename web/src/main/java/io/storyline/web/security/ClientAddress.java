package io.storyline.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from. {@code X-Forwarded-For} is believed only when the request comes from one of
 * the proxies listed in {@code storyline.security.trusted-proxies} (comma-separated addresses; none by default),
 * because anyone else can write that header.
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
