package io.storyline.web.documents;

import io.storyline.analysis.processing.AnalysisControl;
import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.DecisionRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.Tagging;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.pipeline.PipelineControl;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What people do to one document (or to the documents a filter matches), for the pages and {@code /api/documents}
 * alike: each method checks the role, runs in one transaction and writes the audit entry, the same from every
 * channel. {@code from} says which page or channel asked, for the entry's detail.
 */
@Stateless
public class DocumentActions {

    @EJB
    IntakeService intake;

    @EJB
    DocumentCatalog catalog;

    @EJB
    PipelineControl pipeline;

    @EJB
    AnalysisResults analysis;

    @EJB
    AnalysisControl analysisControl;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    /**
     * Takes one file in and puts {@code tags} on it (a duplicate included) once its original is stored. Not one
     * transaction: the intake commits the original before anything else can fail, as it does on its own.
     */
    @RolesAllowed(Roles.ARCHIVIST)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IntakeReceipt upload(Upload upload, List<String> tags, String from) {
        IntakeReceipt receipt = intake.receive(upload);
        if (!tags.isEmpty()) {
            catalog.tag(List.of(receipt.documentId()), tags, user());
        }
        audit.record(AuditAction.UPLOAD, "document " + receipt.documentId(), receipt.filename()
                + (receipt.duplicate() ? ", a duplicate of document " + receipt.duplicateOf() : "")
                + ", via " + from + (tags.isEmpty() ? "" : ", tags " + String.join(", ", tags)));
        return receipt;
    }

    /** The document whose original the caller is about to read, the download in the audit log. */
    @RolesAllowed(Roles.READER)
    public Document downloadOriginal(long id) {
        Document document = catalog.get(id);
        audit.record(AuditAction.DOWNLOAD_ORIGINAL, "document " + id, document.filename());
        return document;
    }

    @RolesAllowed(Roles.ARCHIVIST)
    public void retry(long id, String from) {
        pipeline.retry(id, user());
        audit.record(AuditAction.RETRY, "document " + id, from);
    }

    /** Retries every failed document {@code filter} matches ({@code described} for the log); how many. */
    @RolesAllowed(Roles.ARCHIVIST)
    public int retryAll(DocumentFilter filter, String described) {
        int count = pipeline.retryAll(filter, user());
        audit.record(AuditAction.RETRY, "documents matching a filter", count + " document(s); filter " + described);
        return count;
    }

    @RolesAllowed(Roles.ADMIN)
    public int reextractAll(DocumentFilter filter, String described) {
        int count = pipeline.reextractAll(filter, user());
        audit.record(AuditAction.REEXTRACT, "documents matching a filter", count + " document(s); filter "
                + described);
        return count;
    }

    @RolesAllowed(Roles.EDITOR)
    public void reanalyze(long id) {
        analysisControl.reanalyze(id, user());
        audit.record(AuditAction.REANALYZE, "document " + id, null);
    }

    @RolesAllowed(Roles.EDITOR)
    public int reanalyzeAll(DocumentFilter filter, String described) {
        int count = analysisControl.reanalyzeAll(filter, user());
        audit.record(AuditAction.REANALYZE, "documents matching a filter", count + " document(s); filter "
                + described);
        return count;
    }

    /**
     * An editor's decision about a mention, an event or the publication date; the document is analysed again with
     * it.
     */
    @RolesAllowed(Roles.EDITOR)
    public Decision decide(long id, DecisionRequest request) {
        Decision d = analysis.decide(id, request, user());
        audit.record(AuditAction.DECISION, "document " + id, d.kind().aboutDocument()
                ? d.kind() + " " + d.dateValue().orElse("") + d.reason().map(r -> ", because " + r).orElse("")
                : d.kind() + " at " + d.begin() + ".." + d.end() + " \u201c" + d.textValue().orElse("") + "\u201d");
        return d;
    }

    @RolesAllowed(Roles.ARCHIVIST)
    public Document setLanguage(long id, String language) {
        Document document = catalog.setLanguage(id, language.strip(), user());
        audit.record(AuditAction.EDIT_DOCUMENT, "document " + id, "language set to " + language.strip());
        return document;
    }

    /** Puts tags on one document; the tagging says which were new there (audited when any was). */
    @RolesAllowed(Roles.ARCHIVIST)
    public Tagging tag(long id, List<String> names) {
        Tagging tagging = catalog.tag(List.of(id), names, user()).get(0);
        if (tagging.found() && !tagging.added().isEmpty()) {
            audit.record(AuditAction.TAG, "document " + id, "added " + String.join(", ", tagging.added()));
        }
        return tagging;
    }

    /** Takes a tag off one document; whether it carried it (audited when it did). */
    @RolesAllowed(Roles.ARCHIVIST)
    public boolean untag(long id, String name) {
        boolean removed = catalog.untag(id, name, user());
        if (removed) {
            audit.record(AuditAction.TAG, "document " + id, "removed " + name.strip());
        }
        return removed;
    }

    private String user() {
        return caller.getCallerPrincipal().getName();
    }
}
