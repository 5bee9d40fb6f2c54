package io.storyline.web.audit;

import io.storyline.domain.audit.AuditEntry;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refused (throttled) sign-ins in the audit log, one row per burst ({@link RefusalBursts}): the first refusal at
 * once, the rest as "refused N more times from … between … and …" when the burst is over, at least every minute
 * while it lasts, and at shutdown. Failed sign-ins (a password checked and wrong) are not counted here: each keeps
 * its row, and the throttle bounds how many there can be.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RefusedSignIns {

    private static final Logger LOG = Logger.getLogger(RefusedSignIns.class.getName());

    private final RefusalBursts bursts = new RefusalBursts();

    @Inject
    Audit audit;

    /** Injected itself (not only through {@link Audit}) so that it is still there when this bean flushes at shutdown. */
    @EJB
    AuditLog log;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    /**
     * A sign-in of {@code username} from {@code address} was refused without checking its password.
     *
     * @param detail the channel, e.g. "throttled (HTTP Basic)"
     */
    public void refused(String username, String address, String detail) {
        RefusalBursts.Outcome outcome = bursts.refused(new RefusalBursts.Key(username, address, detail),
                clock.instant(), userAgent());
        write(outcome.flushed());
        if (outcome.first()) {
            audit.recordAs(username, AuditAction.LOGIN_FAILED, subject(username), detail);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void flush() {
        write(bursts.due(clock.instant(), false));
    }

    @PreDestroy
    void flushAll() {
        write(bursts.due(clock.instant(), true));
    }

    private void write(List<RefusalBursts.Summary> summaries) {
        for (RefusalBursts.Summary summary : summaries) {
            try {
                log.write(AuditEntry.of(summary.to(), summary.key().username(), AuditAction.LOGIN_FAILED.name(),
                        subject(summary.key().username()), summary.text(), summary.key().address(), summary.userAgent()));
            } catch (RuntimeException e) {
                // The log never makes a sign-in fail; the texts stay out of the server log.
                LOG.log(Level.WARNING, "Could not write the summary of " + summary.count() + " refused sign-ins: "
                        + e.getClass().getName(), e);
            }
        }
    }

    private String userAgent() {
        try {
            return request.getHeader("User-Agent");
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    private static String subject(String username) {
        return "user " + username;
    }
}
