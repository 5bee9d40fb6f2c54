package io.storyline.web.documents.faces;

import io.storyline.domain.document.Channel;
import io.storyline.domain.document.Document;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.ingestion.pipeline.NotRetryableException;
import io.storyline.ingestion.pipeline.PipelineControl;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload page: each file goes to intake as it arrives; the page lists what became of each and follows its
 * document through the pipeline until it is extracted or failed.
 */
@Named
@ViewScoped
public class UploadBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient IntakeService intake;

    @EJB
    transient DocumentCatalog catalog;

    @EJB
    transient PipelineControl pipeline;

    @Inject
    transient FacesContext faces;

    private String publisher;
    private LocalDate publishedOn;
    private final List<UploadOutcome> outcomes = new ArrayList<>();

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String user = faces.getExternalContext().getRemoteUser();
        try (InputStream content = file.getInputStream()) {
            IntakeReceipt receipt = intake.receive(new Upload(file.getFileName(), file.getContentType(), content,
                    publisher, publishedOn == null ? null : publishedOn.toString(), user, Origin.of(Channel.PAGE)));
            outcomes.add(0, receipt.duplicate()
                    ? new UploadOutcome(receipt.filename(), UploadOutcome.Kind.DUPLICATE, receipt.documentId(),
                            "Already in the archive as document " + receipt.documentId() + ".", receipt.status().name())
                    : new UploadOutcome(receipt.filename(), UploadOutcome.Kind.NEW, receipt.documentId(),
                            "Stored as document " + receipt.documentId() + ".", receipt.status().name()));
        } catch (UploadRejectedException e) {
            outcomes.add(0, new UploadOutcome(file.getFileName(), UploadOutcome.Kind.REJECTED, null, e.getMessage(), null));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        } catch (IOException e) {
            outcomes.add(0, new UploadOutcome(file.getFileName(), UploadOutcome.Kind.REJECTED, null,
                    "The file could not be read; please send it again.", null));
        }
    }

    /** Reads the current status of every document of this batch that is still on its way. */
    public void refresh() {
        for (UploadOutcome outcome : outcomes) {
            if (outcome.isMoving()) {
                try {
                    Document document = catalog.get(outcome.getDocumentId());
                    outcome.update(document.status().name(), document.failureMessage().orElse(null));
                } catch (DocumentNotFoundException e) {
                    outcome.update("GONE", null);
                }
            }
        }
    }

    public void retry(UploadOutcome outcome) {
        try {
            pipeline.retry(outcome.getDocumentId(), faces.getExternalContext().getRemoteUser());
            outcome.update("RECEIVED", null);
        } catch (NotRetryableException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    /** Whether the page should keep asking for statuses. */
    public boolean isWatching() {
        return outcomes.stream().anyMatch(UploadOutcome::isMoving);
    }

    public long getMaxBytes() {
        return intake.maxUploadBytes();
    }

    public List<UploadOutcome> getOutcomes() {
        return outcomes;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
