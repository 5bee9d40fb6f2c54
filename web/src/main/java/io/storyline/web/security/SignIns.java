package io.storyline.web.security;

import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The audit trail of the login form: signing in, a wrong password, signing out. (HTTP Basic's refusals are
 * recorded by {@link StorylineAuthenticationMechanism}, throttled ones by {@code RefusedSignIns}.)
 */
@ApplicationScoped
public class SignIns {

    @Inject
    Audit audit;

    public void signedIn(String username, String how) {
        audit.recordAs(username, AuditAction.LOGIN, "user " + username, how);
    }

    public void refused(String username, String how) {
        audit.recordAs(username, AuditAction.LOGIN_FAILED, "user " + username, how);
    }

    public void signedOut(String username) {
        audit.recordAs(username, AuditAction.LOGOUT, "user " + username, null);
    }
}
