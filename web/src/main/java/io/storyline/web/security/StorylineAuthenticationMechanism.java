package io.storyline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * The one authentication mechanism of the application, because Jakarta Security 3 allows only one:
 * <ul>
 * <li>a signed-in browser session is honoured everywhere, pages and API;</li>
 * <li>{@code /api/*} also takes HTTP Basic credentials with each request (no session is made for them), and
 *     answers a protected request without credentials with 401 and a problem document;</li>
 * <li>a page that needs a login redirects to {@code /login.xhtml}, remembering where the user wanted to go;
 *     the login page authenticates through {@code SecurityContext.authenticate}.</li>
 * </ul>
 */
@ApplicationScoped
public class StorylineAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String ORIGINAL_URL = "storyline.originalUrl";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null && !context.isAuthenticationRequest()) {
            return context.notifyContainerAboutLogin(signedIn, null);
        }
        if (context.isAuthenticationRequest()) {
            return formLogin(context);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basicCredential(request.getHeader("Authorization"));
        if (credential.isPresent()) {
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, context, "The user name or password is wrong, or the account is disabled.");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, context, "This endpoint needs a login: send HTTP Basic credentials.");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            HttpSession session = request.getSession(true);
            session.setAttribute(ORIGINAL_URL, localUrl(request));
        }
        try {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * 401 with a Basic challenge. The body, a problem document, is written by {@link UnauthorizedServlet}, the
     * error page for 401, which reads the detail from the request.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Storyline\", charset=\"UTF-8\"");
        request.setAttribute(UnauthorizedServlet.DETAIL, detail);
        return context.responseUnauthorized();
    }

    /** Parses {@code Basic base64(user:password)}; anything else is no credential. */
    static Optional<UsernamePasswordCredential> basicCredential(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    static boolean isApi(HttpServletRequest request) {
        return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The path and query of this request, which is always on this server (never an open redirect). */
    static String localUrl(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
