package io.storyline.web.security;

import io.storyline.web.audit.RefusedSignIns;
import io.storyline.web.http.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;

/** The login form: checks the credentials, renews the session and goes where the user was headed. */
@Named
@RequestScoped
public class LoginBean {

    static final String HOME = "/documents/list.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    SignIns signIns;

    @EJB
    RefusedSignIns refusals;

    @Inject
    ClientAddress clientAddress;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String target = takeOriginalUrl(request);
        signOutFirst(request);

        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;

        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                Principal caller = securityContext.getCallerPrincipal();
                String name = caller == null ? username : caller.getName();
                signIns.signedIn(name, "login page");
                external.redirect(request.getContextPath() + target);
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused(request);
        }
    }

    /**
     * Sending the login form means "sign me in as this user": a session that is already signed in is ended first, so
     * a wrong password is a failed sign-in (not a success riding on the old session, with a false audit entry).
     */
    private static void signOutFirst(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return;
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // ending the session below signs the user out all the same
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void refused(HttpServletRequest request) {
        if (request.getAttribute(StorylineAuthenticationMechanism.THROTTLED) instanceof Duration wait) {
            refusals.refused(username, clientAddress.of(request), "throttled");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    StorylineAuthenticationMechanism.tooManyMessage(LoginThrottle.seconds(wait)), null));
            return;
        }
        signIns.refused(username, "login page");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Wrong user name or password.", "Check both and try again; accounts are managed by an admin."));
    }

    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Principal caller = securityContext.getCallerPrincipal();
        if (caller != null) {
            signIns.signedOut(caller.getName());
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // Invalidating the session below signs the user out all the same.
        }
        external.invalidateSession();
        external.redirect(request.getContextPath() + StorylineAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }

    private static String takeOriginalUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(StorylineAuthenticationMechanism.ORIGINAL_URL);
        if (session != null) {
            session.removeAttribute(StorylineAuthenticationMechanism.ORIGINAL_URL);
        }
        return safeTarget(saved);
    }

    /** A saved address to go back to, if it is a page of this application; else the home page. */
    static String safeTarget(Object saved) {
        if (saved instanceof String url && url.startsWith("/") && !url.startsWith("//") && !url.contains("\\")
                && !url.startsWith("/api/") && !url.startsWith(StorylineAuthenticationMechanism.LOGIN_PAGE)
                && !url.contains("jakarta.faces.resource") && url.chars().noneMatch(Character::isISOControl)) {
            return url;
        }
        return HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
