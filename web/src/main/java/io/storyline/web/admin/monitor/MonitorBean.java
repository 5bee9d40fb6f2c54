package io.storyline.web.admin.monitor;

import io.storyline.ingestion.bulk.ImportNotFoundException;
import io.storyline.ingestion.bulk.ImportRejectedException;
import io.storyline.ingestion.monitor.IngestionMonitor;
import io.storyline.web.admin.monitor.MonitorRows.FailureRow;
import io.storyline.web.admin.monitor.MonitorRows.StageRow;
import io.storyline.web.documents.BulkActions;
import io.storyline.web.imports.faces.ImportRow;
import io.storyline.web.imports.faces.ImportsBean;
import io.storyline.web.layout.Messages;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import io.storyline.web.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The ingestion monitor page, refreshed by its poll. Actions take their target from request parameters rendered
 * with the button ({@code stage}, {@code reason}, {@code document}, {@code import}), so a refresh between showing and
 * clicking can never aim a button at another row. (Under /admin: ADMIN only, by web.xml; checked again here.)
 */
@Named
@ViewScoped
public class MonitorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Latest documents shown per failure group. */
    static final int EXAMPLES = 3;

    @EJB
    transient IngestionMonitor monitor;

    @Inject
    transient MonitorActions actions;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Clock clock;

    @Inject
    ImportsBean imports;

    private List<StageRow> stages = List.of();
    private List<FailureRow> failures = List.of();
    private Instant readAt;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        if (!admin()) {
            return;
        }
        stages = monitor.stages().stream().map(StageRow::new).toList();
        failures = monitor.failures(EXAMPLES).stream().map(FailureRow::new).toList();
        readAt = clock.instant();
        imports.refresh();
    }

    public void retryGroup() {
        act(() -> {
            int queued = actions.retryGroup(MonitorActions.stage(param("stage")), MonitorActions.reason(param("reason")),
                    user());
            return queued + " document(s) queued again for " + param("stage").toLowerCase(Locale.ROOT) + ".";
        });
    }

    public void reanalyzeGroup() {
        act(() -> actions.reanalyzeGroup(MonitorActions.reason(param("reason")), user())
                + " document(s) queued for analysis again.");
    }

    public void retry() {
        act(() -> outcome(actions.retry(documentParam(), user()), BulkActions.Action.RETRY));
    }

    public void reanalyze() {
        act(() -> outcome(actions.reanalyze(documentParam(), user()), BulkActions.Action.REANALYZE));
    }

    public void stopImport() {
        act(() -> {
            long id = importParam();
            actions.stopImport(id, user());
            return "Import " + id + " stopped; resume it at any time.";
        });
    }

    public void resumeImport() {
        act(() -> {
            long id = importParam();
            actions.resumeImport(id, user());
            return "Import " + id + " resumed.";
        });
    }

    private void act(Supplier<String> action) {
        if (!admin()) {
            Messages.error("Only admins act from the ingestion monitor.");
            return;
        }
        try {
            Messages.info(action.get());
        } catch (InvalidRequestException | ImportRejectedException | ImportNotFoundException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    private static String outcome(BulkActions.Outcome outcome, BulkActions.Action action) {
        return outcome.done() ? BulkActions.summary(action, List.of(outcome))
                : "Document " + outcome.id() + ": " + outcome.detail();
    }

    private long documentParam() {
        return requiredNumber("document");
    }

    private long importParam() {
        return requiredNumber("import");
    }

    private long requiredNumber(String name) {
        Long value = RequestValues.number(name, param(name));
        if (value == null) {
            throw new InvalidRequestException("Name the " + name + ".");
        }
        return value;
    }

    private static String param(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value.length() > 40 ? value.substring(0, 40) : value;
    }

    private boolean admin() {
        return security.isCallerInRole(Roles.ADMIN);
    }

    private String user() {
        return security.getCallerPrincipal().getName();
    }

    public List<StageRow> getStages() {
        return stages;
    }

    public List<FailureRow> getFailures() {
        return failures;
    }

    public long getFailedTotal() {
        return failures.stream().mapToLong(FailureRow::getCount).sum();
    }

    public String getReadAt() {
        return MonitorRows.when(readAt);
    }

    /** The running imports and the latest others (the imports page has them all). */
    public List<ImportRow> getImports() {
        List<ImportRow> rows = imports.getRows();
        return IntStream.range(0, rows.size())
                .filter(i -> i < MonitorFormat.RECENT_IMPORTS || rows.get(i).isActive())
                .mapToObj(rows::get).toList();
    }
}
