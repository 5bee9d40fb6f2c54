package io.storyline.web.imports.faces;

import io.storyline.domain.common.PageRequest;
import io.storyline.domain.imports.ImportItem;
import io.storyline.ingestion.bulk.BulkImports;
import io.storyline.ingestion.bulk.ImportRejectedException;
import io.storyline.web.imports.ImportActions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** The bulk imports page. */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient BulkImports imports;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    @EJB
    transient ImportActions actions;

    private String source;
    private String publisher;
    private List<ImportRow> rows;
    private Long shownFailuresOf;
    private List<FailedFile> failures = List.of();

    /** A file an import could not take in, and why. */
    public record FailedFile(String path, String message) implements Serializable {
    }

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        rows = imports.list().stream().map(job -> new ImportRow(job, clock.instant())).toList();
        if (shownFailuresOf != null) {
            showFailures(shownFailuresOf);
        }
    }

    public void start() {
        try {
            long id = actions.start(source, publisher).id();
            faces.addMessage(null, new FacesMessage("Import " + id + " started."));
            source = null;
        } catch (ImportRejectedException e) {
            faces.addMessage("imports:source", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        refresh();
    }

    public void stop(ImportRow row) {
        act(() -> {
            actions.stop(row.getId(), null);
        }, "Import " + row.getId() + " stopped; resume it at any time.");
    }

    public void resume(ImportRow row) {
        act(() -> {
            actions.resume(row.getId(), null);
        }, "Import " + row.getId() + " resumed.");
    }

    public void showFailures(long importId) {
        shownFailuresOf = importId;
        failures = imports.items(importId, ImportItem.Status.FAILED, new PageRequest(0, 200)).items().stream()
                .map(i -> new FailedFile(i.path(), i.message().orElse(""))).toList();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(done));
        } catch (ImportRejectedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        refresh();
    }

    public boolean isRunning() {
        return rows.stream().anyMatch(ImportRow::isActive);
    }

    public List<String> getRoots() {
        return imports.roots();
    }

    public List<ImportRow> getRows() {
        return rows;
    }

    public List<FailedFile> getFailures() {
        return failures;
    }

    public Long getShownFailuresOf() {
        return shownFailuresOf;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }
}
