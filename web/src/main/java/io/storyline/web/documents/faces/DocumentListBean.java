package io.storyline.web.documents.faces;

import io.storyline.analysis.progress.PipelineProgress;
import io.storyline.analysis.progress.ProgressSnapshot;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.ingestion.catalog.DocumentCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The documents page: the table, its filters and the counts per status above it. */
@Named
@ViewScoped
public class DocumentListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DocumentCatalog catalog;

    @EJB
    transient PipelineProgress progress;

    private DocumentStatus status;
    private String text;
    private DocumentLazyModel documents;
    private ProgressSnapshot snapshot;

    @PostConstruct
    void init() {
        documents = new DocumentLazyModel(catalog, () -> new DocumentFilter(status, text));
        refresh();
    }

    public void refresh() {
        snapshot = progress.snapshot();
    }

    public DocumentLazyModel getDocuments() {
        return documents;
    }

    public List<DocumentStatus> getStatuses() {
        return List.of(DocumentStatus.values());
    }

    public long count(DocumentStatus s) {
        return snapshot.count(s);
    }

    public long getTotal() {
        return snapshot.total();
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
