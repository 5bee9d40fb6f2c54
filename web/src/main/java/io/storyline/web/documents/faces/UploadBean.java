package io.storyline.web.documents.faces;

import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
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

/** The upload page: each file goes to intake as it arrives; the page lists what became of each. */
@Named
@ViewScoped
public class UploadBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient IntakeService intake;

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
                    publisher, publishedOn == null ? null : publishedOn.toString(), user));
            outcomes.add(0, receipt.duplicate()
                    ? new UploadOutcome(receipt.filename(), UploadOutcome.Kind.DUPLICATE, receipt.documentId(),
                            "Already in the archive as document " + receipt.documentId() + ".")
                    : new UploadOutcome(receipt.filename(), UploadOutcome.Kind.NEW, receipt.documentId(),
                            "Stored as document " + receipt.documentId() + "."));
        } catch (UploadRejectedException e) {
            outcomes.add(0, new UploadOutcome(file.getFileName(), UploadOutcome.Kind.REJECTED, null, e.getMessage()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        } catch (IOException e) {
            outcomes.add(0, new UploadOutcome(file.getFileName(), UploadOutcome.Kind.REJECTED, null,
                    "The file could not be read; please send it again."));
        }
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
