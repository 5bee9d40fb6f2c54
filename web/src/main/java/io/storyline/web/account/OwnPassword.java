package io.storyline.web.account;

import io.storyline.domain.user.WrongPasswordException;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.audit.RefusedSignIns;
import io.storyline.web.http.ClientAddress;
import io.storyline.web.security.AccountService;
import io.storyline.web.security.DeviceCookies;
import io.storyline.web.security.LoginThrottle;
import io.storyline.web.security.SignInThrottledException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * A signed-in user changes their own password, on the page or through the API. The current password is checked
 * like a sign-in ({@link LoginThrottle}: a wrong one counts as a failed sign-in, and while its source must wait
 * it is not even checked), the new one must pass the password policy, the change is audited, and every other
 * session and remembered API credential of the user ends while the session the change was made in goes on.
 */
@ApplicationScoped
public class OwnPassword {

    @EJB
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    DeviceCookies devices;

    @EJB
    RefusedSignIns refusals;

    @Inject
    Audit audit;

    /**
     * @param channel how the change was asked for, for the audit log ("page", "API")
     * @throws SignInThrottledException when the source must wait before proving a password again
     * @throws WrongPasswordException   when the current password is wrong
     * @throws io.storyline.domain.user.WeakPasswordException when the new password is refused
     */
    public void change(HttpServletRequest request, String username, char[] current, char[] next, String channel) {
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(username, clientAddress.of(request),
                devices.verify(request, username).orElse(null));
        Optional<Duration> wait = throttle.refusal(attempt);
        if (wait.isPresent()) {
            refusals.refused(username, attempt.address(), "throttled (password change, " + channel + ")");
            throw new SignInThrottledException(wait.get());
        }
        try {
            accounts.changeOwnPassword(username, current, next, request.getSession(false));
        } catch (WrongPasswordException wrong) {
            throttle.failed(attempt, true);
            audit.recordAs(username, AuditAction.LOGIN_FAILED, "user " + username,
                    "wrong current password (password change, " + channel + ")");
            throw wrong;
        }
        throttle.succeeded(attempt);
        audit.record(AuditAction.PASSWORD_CHANGE, "user " + username, "own password changed (" + channel + ")");
    }
}
