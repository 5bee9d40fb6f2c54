package io.storyline.web.documents.faces;

import io.storyline.analysis.progress.PipelineProgress;
import io.storyline.analysis.progress.ProgressSnapshot;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.pipeline.NotRetryableException;
import io.storyline.ingestion.pipeline.PipelineControl;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
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

    @EJB
    transient PipelineControl pipeline;

    @Inject
    transient FacesContext faces;

    private DocumentStatus status;
    private FailureReason reason;
    private boolean dateReview;
    private String text;
    private DocumentLazyModel documents;
    private ProgressSnapshot snapshot;

    @PostConstruct
    void init() {
        documents = new DocumentLazyModel(catalog, this::filter);
        refresh();
    }

    public void refresh() {
        snapshot = progress.snapshot();
    }

    DocumentFilter filter() {
        return DocumentFilter.any().withStatus(status).withText(text).withFailureReason(reason)
                .withDateReview(dateReview ? Boolean.TRUE : null);
    }

    public void retry(DocumentRow row) {
        try {
            pipeline.retry(row.getId(), faces.getExternalContext().getRemoteUser());
            faces.addMessage(null, new FacesMessage("Document " + row.getId() + " goes through the pipeline again."));
        } catch (NotRetryableException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        refresh();
    }

    /** Retries every failed document the current filter shows. */
    public void retryAll() {
        int retried = pipeline.retryAll(filter(), faces.getExternalContext().getRemoteUser());
        faces.addMessage(null, new FacesMessage(retried + " failed document(s) go through the pipeline again."));
        refresh();
    }

    public List<FailureReason> getReasons() {
        return List.of(FailureReason.values());
    }

    public FailureReason getReason() {
        return reason;
    }

    public void setReason(FailureReason reason) {
        this.reason = reason;
    }

    public boolean isDateReview() {
        return dateReview;
    }

    public void setDateReview(boolean dateReview) {
        this.dateReview = dateReview;
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
