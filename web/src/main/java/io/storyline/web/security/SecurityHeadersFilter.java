package io.storyline.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every answer: no MIME sniffing, no framing by other sites, no referrer to other sites,
 * a content security policy, and over https a transport security policy.
 *
 * <p>Pages run no script that is not ours: {@code script-src 'self'} plus, on Faces pages, the nonce of the answer
 * (PrimeFaces' CSP mode, {@code primefaces.CSP} in web.xml, puts a fresh nonce on every script it writes and moves
 * inline event handlers into such scripts). No {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}: a script that an
 * upload smuggles into a page does not run even where an encoding was missed. PrimeFaces announces its nonce in a
 * Content-Security-Policy header of its own; the response wrapper below takes the nonce from it and states the
 * whole policy once, so the browser sees one policy, not two. Styles may be inline (PrimeFaces positions its
 * widgets with them). API answers allow nothing at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,200})'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            // Once a browser has reached us over https, it never falls back to plain http for a year.
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isApi(request)) {
            response.setHeader(CSP, API_POLICY);
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CSP, PAGE_POLICY);
        chain.doFilter(request, new NoncePolicy(response));
    }

    /** The page policy with the nonce PrimeFaces announced in {@code announced}, or without one if it has none. */
    static String pagePolicy(String announced) {
        Matcher nonce = announced == null ? null : NONCE.matcher(announced);
        return nonce != null && nonce.find() ? PAGE_POLICY + " 'nonce-" + nonce.group(1) + "'" : PAGE_POLICY;
    }

    /** Whether the answer is for the API, also when it is an error page standing in for an API answer. */
    private static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        return StorylineAuthenticationMechanism.isApiPath(uri.substring(Math.min(uri.length(),
                request.getContextPath().length())));
    }

    /** Turns any policy set further down the chain into the page policy with that policy's nonce. */
    private static final class NoncePolicy extends HttpServletResponseWrapper {

        NoncePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? pagePolicy(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, pagePolicy(value));
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
