package io.storyline.web.documents.faces;

import io.storyline.domain.document.Channel;
import io.storyline.domain.document.Document;
import io.storyline.domain.tag.TagName;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.ingestion.pipeline.NotRetryableException;
import io.storyline.ingestion.pipeline.PipelineControl;
import io.storyline.web.documents.DocumentActions;
import io.storyline.web.layout.Uploads;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
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
 * The upload page: each file goes to intake as it arrives, then gets the batch's tags; the page lists what became
 * of each (a duplicate links to the document that holds its bytes) and follows its document through the pipeline
 * until it is analysed or failed; an archive's documents are listed under it and followed the same way.
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

    @EJB
    transient DocumentActions actions;

    private String publisher;
    private String tags;
    private LocalDate publishedOn;
    private final List<UploadOutcome> outcomes = new ArrayList<>();

    /**
     * One file of a batch. The request that carries it carries the batch fields as the form shows them (the upload
     * processes them with it), and the file gets those: PrimeFaces announces the file before the fields reach this
     * bean, so they are read from the form's inputs here, never from what an earlier request left in the bean.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            UIComponent upload = event.getComponent();
            UIInput date = (UIInput) upload.findComponent("publishedOn");
            if (!date.isValid()) {
                reject(file, "Not stored: the publication date is a day written yyyy-mm-dd, for example 1998-03-12.");
                return;
            }
            publisher = (String) ((UIInput) upload.findComponent("publisher")).getValue();
            tags = (String) ((UIInput) upload.findComponent("tags")).getValue();
            publishedOn = (LocalDate) date.getValue();
            receive(file);
        } finally {
            Uploads.discard(file);
        }
    }

    private void reject(UploadedFile file, String why) {
        outcomes.add(0, new UploadOutcome(file.getFileName(), UploadOutcome.Kind.REJECTED, null, why, null));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, why, null));
    }

    private void receive(UploadedFile file) {
        String user = faces.getExternalContext().getRemoteUser();
        List<String> tagNames;
        try {
            tagNames = TagName.parseList(tags);
        } catch (IllegalArgumentException e) {
            reject(file, "Not stored: the tags are wrong (" + e.getMessage() + ").");
            return;
        }
        IntakeReceipt receipt;
        try (InputStream content = file.getInputStream()) {
            // The original is stored; the tags follow, on a new document and a duplicate alike.
            receipt = actions.upload(new Upload(file.getFileName(), file.getContentType(), content,
                    publisher, publishedOn == null ? null : publishedOn.toString(), user, Origin.of(Channel.PAGE)),
                    tagNames, "the upload page");
        } catch (UploadRejectedException e) {
            reject(file, e.getMessage());
            return;
        } catch (IOException e) {
            outcomes.add(0, new UploadOutcome(file.getFileName(), UploadOutcome.Kind.REJECTED, null,
                    "The file could not be read; please send it again.", null));
            return;
        }
        UploadOutcome outcome = receipt.duplicate()
                ? new UploadOutcome(receipt.filename(), UploadOutcome.Kind.DUPLICATE, receipt.documentId(),
                        "Already in the archive as document " + receipt.documentId() + ".", receipt.status().name())
                : new UploadOutcome(receipt.filename(), UploadOutcome.Kind.NEW, receipt.documentId(),
                        "Stored as document " + receipt.documentId() + ".", receipt.status().name());
        outcome.applied(publisher, publishedOn, tagNames);
        outcomes.add(0, outcome);
    }

    /** Says at once when the tags typed break the rules, before any file is sent. */
    public void checkTags() {
        try {
            TagName.parseList(tags);
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Tags: " + e.getMessage() + ".", null));
        }
    }

    /** Completes the last name of the comma-separated list with tags in use. */
    public List<String> completeTags(String typed) {
        return TagCompletion.complete(typed,
                fragment -> catalog.tagsInUse(fragment, 10).stream().map(t -> t.name()).toList());
    }

    /**
     * Reads the current status of every document of this batch that is still on its way, and lists the documents
     * found inside its archives under them.
     */
    public void refresh() {
        for (UploadOutcome outcome : outcomes) {
            if (outcome.ownMoving()) {
                try {
                    Document document = catalog.get(outcome.getDocumentId());
                    if (document.isArchive()) {
                        outcome.markArchive();
                    }
                    outcome.update(document.status().name(), document.failureMessage().orElse(null));
                } catch (DocumentNotFoundException e) {
                    outcome.update("GONE", null);
                }
            }
        }
        ArchiveContents.follow(catalog, outcomes);
    }

    public void retry(UploadOutcome outcome) {
        try {
            actions.retry(outcome.getDocumentId(), "from the upload page");
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

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
