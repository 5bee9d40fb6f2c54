package io.storyline.web.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Records what the signed-in person (or the named one, for logins) did, from which address, in the audit log.
 * Call it after the action succeeded; it writes in a transaction of its own, so a failed request rolls nothing
 * of the log back and the log never makes an action fail.
 */
@RequestScoped
public class Audit {

    /** Records {@code action} on {@code subject} (e.g. "document 42", "user anna") by the caller. */
    public void record(AuditAction action, String subject, String detail) {
        // implemented with the audit log (issue 7)
    }

    /** Records {@code action} by a named person who is not (yet) the caller, e.g. a failed login. */
    public void recordAs(String username, AuditAction action, String subject, String detail) {
        // implemented with the audit log (issue 7)
    }
}
