package io.storyline.web.security;

import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.audit.RefusedSignIns;
import io.storyline.web.http.ClientAddress;
import jakarta.ejb.EJB;
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
import java.time.Duration;
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
 * Both ways of signing in go through {@link LoginThrottle}: while the source of an attempt must wait, its attempts
 * are refused without the password being checked (the login page says so; the API answers 429 with
 * Retry-After). A sign-in on the login page gives the browser a device cookie ({@link DeviceCookies}) that later
 * attempts are judged by. Failed HTTP Basic attempts are recorded in the audit log, refused ones once per burst
 * ({@link RefusedSignIns}); the login page records its own. A request authenticated by HTTP Basic is marked
 * ({@link #isBasicCaller}) for {@link ApiCrossSiteFilter}. Redirects never carry the request's Host header
 * ({@link PublicUrl}).
 */
@ApplicationScoped
public class StorylineAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String ORIGINAL_URL = "storyline.originalUrl";
    /** Request attribute: the {@link Duration} a refused (throttled) login must wait. */
    static final String THROTTLED = "storyline.login.throttled";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
    /** Request attribute: the caller of this request was authenticated by its HTTP Basic credentials. */
    private static final String BASIC_CALLER = "storyline.auth.basic";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    DeviceCookies devices;

    @Inject
    PublicUrl publicUrl;

    @EJB
    RefusedSignIns refusals;

    @Inject
    Audit audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null && !context.isAuthenticationRequest()) {
            if (accounts.isSessionCurrent(signedIn.getName(), request.getSession(false))) {
                return context.notifyContainerAboutLogin(signedIn, null);
            }
            // disabled, password reset or roles changed since the login: the session was ended; sign in again
        }
        if (context.isAuthenticationRequest()) {
            return formLogin(request, context);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        long accountStamp = accounts.sessionStamp();
        CredentialValidationResult result;
        if (credential instanceof UsernamePasswordCredential login) {
            LoginThrottle.Attempt attempt = attempt(request, login.getCaller());
            Optional<Duration> wait = throttle.refusal(attempt);
            if (wait.isPresent()) {
                request.setAttribute(THROTTLED, wait.get());
                return AuthenticationStatus.SEND_FAILURE;
            }
            result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(attempt, accounts.exists(login.getCaller()));
                return AuthenticationStatus.SEND_FAILURE;
            }
            throttle.succeeded(attempt);
            devices.issue(request, context.getResponse(), result.getCallerPrincipal().getName());
        } else {
            result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        context.getRequest().getSession(true).setAttribute(AccountService.SESSION_STAMP, accountStamp);
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basicCredential(request.getHeader("Authorization"));
        if (credential.isPresent()) {
            String username = credential.get().getCaller();
            LoginThrottle.Attempt attempt = attempt(request, username);
            Optional<Duration> wait = throttle.refusal(attempt);
            if (wait.isPresent()) {
                refusals.refused(username, attempt.address(), "throttled (HTTP Basic)");
                return tooManyAttempts(request, response, wait.get());
            }
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(attempt);
                request.setAttribute(BASIC_CALLER, Boolean.TRUE);
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(attempt, accounts.exists(username));
            audit.recordAs(username, AuditAction.LOGIN_FAILED, "user " + username, "HTTP Basic");
            return unauthorized(request, response, context, "The user name or password is wrong, or the account is disabled.");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, context, "This endpoint needs a login: send HTTP Basic credentials.");
        }
        return context.doNothing();
    }

    /** The attempt as the throttle sees it: the name, the client's address, and a device cookie for that name. */
    LoginThrottle.Attempt attempt(HttpServletRequest request, String username) {
        return new LoginThrottle.Attempt(username, clientAddress.of(request),
                devices.verify(request, username).orElse(null));
    }

    /** Whether this request's caller was authenticated by the HTTP Basic credentials it carries (not a session). */
    public static boolean isBasicCaller(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BASIC_CALLER)) && request.getUserPrincipal() != null;
    }

    /**
     * To the login page. The Location is relative, or on {@code storyline.public-url}: this runs before the
     * filters, and the container's own sendRedirect would write the Host header into it.
     */
    private AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            HttpSession session = request.getSession(true);
            session.setAttribute(ORIGINAL_URL, localUrl(request));
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", publicUrl.location(request, request.getContextPath() + LOGIN_PAGE));
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

    /**
     * 429 with Retry-After. The body, a problem document, is written by {@link TooManyAttemptsServlet}, the error
     * page for 429, which reads the detail from the request (as for 401).
     */
    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        Duration wait) {
        long seconds = LoginThrottle.seconds(wait);
        response.setHeader("Retry-After", String.valueOf(seconds));
        request.setAttribute(TooManyAttemptsServlet.RETRY_AFTER, seconds);
        request.setAttribute(TooManyAttemptsServlet.DETAIL, tooManyMessage(seconds));
        try {
            response.sendError(TooManyAttemptsServlet.TOO_MANY_REQUESTS);
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** What a refused (throttled) sign-in is told, on the login page and in the API. */
    public static String tooManyMessage(long seconds) {
        return "Too many failed sign-ins for this account or address; try again in " + seconds + " second"
                + (seconds == 1 ? "" : "s") + ".";
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
