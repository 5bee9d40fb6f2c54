package io.storyline.web.audit;

import io.storyline.domain.audit.AuditEntry;
import io.storyline.web.http.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records what the signed-in person (or the named one, for logins) did, from which address, in the audit log.
 * Call it after the action succeeded; it writes in a transaction of its own, so a failed request rolls nothing
 * of the log back and the log never makes an action fail. Outside a web request (a worker, a timer) the entry
 * simply has no address.
 */
@ApplicationScoped
public class Audit {

    private static final Logger LOG = Logger.getLogger(Audit.class.getName());

    @EJB
    AuditLog log;

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /** Records {@code action} on {@code subject} (e.g. "document 42", "user anna") by the caller. */
    public void record(AuditAction action, String subject, String detail) {
        write(caller(), action, subject, detail);
    }

    /** Records {@code action} by a named person who is not (yet) the caller, e.g. a failed login. */
    public void recordAs(String username, AuditAction action, String subject, String detail) {
        write(username, action, subject, detail);
    }

    private void write(String username, AuditAction action, String subject, String detail) {
        try {
            String address = null;
            String userAgent = null;
            try {
                address = clientAddress.of(request);
                userAgent = request.getHeader("User-Agent");
            } catch (ContextNotActiveException outsideARequest) {
                // no web request (a worker, a timer): no address to keep
            }
            log.write(AuditEntry.of(clock.instant(), username, action.name(), subject, detail, address, userAgent));
        } catch (RuntimeException e) {
            // The log never makes an action fail. The entry's texts stay out of the server log.
            LOG.log(Level.WARNING, "Could not write the audit entry " + action + " by " + username
                    + ": " + e.getClass().getName(), e);
        }
    }

    private String caller() {
        try {
            Principal principal = security.getCallerPrincipal();
            return principal == null ? null : principal.getName();
        } catch (RuntimeException noSecurityContext) {
            return null;
        }
    }
}
