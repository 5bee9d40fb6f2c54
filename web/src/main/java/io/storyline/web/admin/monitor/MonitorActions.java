package io.storyline.web.admin.monitor;

import io.storyline.analysis.processing.AnalysisControl;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.Stage;
import io.storyline.ingestion.monitor.IngestionMonitor;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.documents.BulkActions;
import io.storyline.web.imports.ImportActions;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What an admin does from the monitor, for the page and the REST resource alike: each action goes to the service
 * that owns it and is audited once it succeeded. ADMIN only.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MonitorActions {

    @EJB
    IngestionMonitor monitor;

    @EJB
    AnalysisControl analysis;

    @EJB
    ImportActions imports;

    @Inject
    BulkActions bulk;

    @Inject
    Audit audit;

    /** Sends every document failed at {@code stage} for {@code reason} through the pipeline again; how many. */
    public int retryGroup(Stage stage, FailureReason reason, String user) {
        int queued = monitor.retryFailures(stage, reason, user);
        audit.record(AuditAction.RETRY, "failures " + stage + "/" + reason, queued + " document(s) queued again");
        return queued;
    }

    /**
     * Analyses again every document whose analysis failed for {@code reason} (a failed extraction has no text to
     * analyse, so those are left as they are); how many.
     */
    public int reanalyzeGroup(FailureReason reason, String user) {
        int queued = analysis.reanalyzeAll(DocumentFilter.any().withStatus(DocumentStatus.FAILED)
                .withFailureReason(reason), user);
        audit.record(AuditAction.REANALYZE, "failures ANALYSIS/" + reason, queued + " document(s) queued for analysis");
        return queued;
    }

    /** Retries one document, as the documents table does. */
    public BulkActions.Outcome retry(long documentId, String user) {
        BulkActions.Outcome outcome = bulk.retry(List.of(documentId), user).get(0);
        if (outcome.done()) {
            audit.record(AuditAction.RETRY, "document " + documentId, "from the ingestion monitor");
        }
        return outcome;
    }

    /** Analyses one document again, as the documents table does. */
    public BulkActions.Outcome reanalyze(long documentId, String user) {
        BulkActions.Outcome outcome = bulk.reanalyze(List.of(documentId), user).get(0);
        if (outcome.done()) {
            audit.record(AuditAction.REANALYZE, "document " + documentId, "from the ingestion monitor");
        }
        return outcome;
    }

    /** Stops a running import after the files in hand. */
    public void stopImport(long importId, String user) {
        imports.stop(importId, "from the ingestion monitor");
    }

    /** Resumes a stopped or interrupted import. */
    public void resumeImport(long importId, String user) {
        imports.resume(importId, "from the ingestion monitor");
    }

    /** The stage a parameter names ({@code extraction}, {@code analysis}, any case); 400 otherwise. */
    public static Stage stage(String value) {
        return parse(Stage.class, value, "stage");
    }

    /** The failure reason a parameter names ({@code corrupt}, any case); 400 otherwise. */
    public static FailureReason reason(String value) {
        return parse(FailureReason.class, value, "reason");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        String given = value == null ? "" : value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(given.toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        String shown = given.length() > 40 ? given.substring(0, 40) + "…" : given;
        throw new InvalidRequestException((given.isEmpty() ? "Name the " + name : "Unknown " + name + " \"" + shown + "\"")
                + "; use one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }
}
