package io.storyline.web.documents.faces;

import io.storyline.analysis.progress.PipelineProgress;
import io.storyline.analysis.progress.ProgressSnapshot;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.tag.TagName;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.InvalidMetadataException;
import io.storyline.ingestion.pipeline.NotRetryableException;
import io.storyline.ingestion.pipeline.PipelineControl;
import io.storyline.web.documents.BulkActions.Action;
import io.storyline.web.documents.BulkActions;
import io.storyline.web.documents.DocumentActions;
import io.storyline.web.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.component.datatable.DataTable;

/**
 * The documents page: the chart of documents per day, the table with its filters (view parameters, so a filtered
 * table can be bookmarked), the counts per status, and the actions on selected rows.
 */
@Named
@ViewScoped
public class DocumentListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHART_DAYS = 60;

    @EJB
    transient DocumentCatalog catalog;

    @EJB
    transient PipelineProgress progress;

    @Inject
    ArchiveOverview overview;

    @EJB
    transient PipelineControl pipeline;

    @Inject
    transient BulkActions bulk;

    @EJB
    transient DocumentActions actions;

    @Inject
    transient FacesContext faces;

    private DocumentStatus status;
    private FailureReason reason;
    private boolean dateReview;
    private String text;
    private String mediaType;
    private String language;
    private String tag;
    private String publisher;
    private String uploader;
    private LocalDate from;
    private LocalDate to;
    private DocumentSort sort = DocumentSort.UPLOADED_NEWEST;
    private List<DocumentRow> selected = new ArrayList<>();
    private String tagsToAdd;
    private DocumentLazyModel documents;
    private ProgressSnapshot snapshot;
    private String chart;
    private List<String> mediaTypes;
    private List<String> languages;

    @PostConstruct
    void init() {
        documents = new DocumentLazyModel(catalog, this::filter, this::getSort);
        mediaTypes = overview.mediaTypes();
        languages = overview.languages();
        chart = DocumentsPerDayChart.config(overview.documentsPerDay(CHART_DAYS));
        refresh();
    }

    public void refresh() {
        snapshot = progress.snapshot();
    }

    /** A filter changed: back to the first page, and the selection no longer applies. */
    public void filtered() {
        if (faces.getViewRoot().findComponent("documents:table") instanceof DataTable table) {
            table.setFirst(0);
        }
        selected = new ArrayList<>();
    }

    DocumentFilter filter() {
        LocalDate start = from;
        LocalDate end = to;
        if (start != null && end != null && end.isBefore(start)) {
            start = to;
            end = from;
        }
        return DocumentFilter.any().withStatus(status).withText(text).withFailureReason(reason)
                .withDateReview(dateReview ? Boolean.TRUE : null).withMediaType(mediaType).withLanguage(language)
                .withTag(canonicalTag(tag)).withPublisher(publisher).withUploadedBy(uploader)
                .withPublished(start, end);
    }

    /** A tag name that breaks the rules matches no document rather than failing the table. */
    static String canonicalTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            return TagName.canonical(tag);
        } catch (IllegalArgumentException e) {
            return tag.strip().toLowerCase(Locale.ROOT);
        }
    }

    public void retry(DocumentRow row) {
        try {
            actions.retry(row.getId(), "from the documents table");
            faces.addMessage(null, new FacesMessage("Document " + row.getId() + " goes through the pipeline again."));
        } catch (NotRetryableException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        refresh();
    }

    /** Retries every failed document the current filter shows. */
    public void retryAll() {
        int retried = actions.retryAll(filter(), "the documents table's: " + filter());
        faces.addMessage(null, new FacesMessage(retried + " failed document(s) go through the pipeline again."));
        refresh();
    }

    /** Adds the tags typed in the dialog to the selected rows. */
    public void tagSelected() {
        run(Action.TAG);
        tagsToAdd = null;
    }

    public void retrySelected() {
        run(Action.RETRY);
    }

    public void reanalyzeSelected() {
        run(Action.REANALYZE);
    }

    private void run(Action action) {
        List<Long> ids = selected.stream().map(DocumentRow::getId).toList();
        try {
            List<BulkActions.Outcome> outcomes = switch (action) {
                case TAG -> bulk.tag(ids, TagName.parseList(tagsToAdd), user());
                case RETRY -> bulk.retry(ids, user());
                case REANALYZE -> bulk.reanalyze(ids, user());
            };
            boolean allDone = outcomes.stream().allMatch(BulkActions.Outcome::done);
            faces.addMessage(null, new FacesMessage(allDone ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                    BulkActions.summary(action, outcomes), null));
            selected = new ArrayList<>();
        } catch (InvalidMetadataException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Tags: " + e.getMessage() + ".", null));
        }
        refresh();
    }

    private String user() {
        return faces.getExternalContext().getRemoteUser();
    }

    /** Tags in use that complete what was typed (the tag filter). */
    public List<String> completeTag(String typed) {
        return catalog.tagsInUse(typed, 10).stream().map(t -> t.name()).toList();
    }

    /** Completes the last name of a comma-separated list with tags in use (the "Add tags" field). */
    public List<String> completeTagList(String typed) {
        return TagCompletion.complete(typed, fragment -> completeTag(fragment));
    }

    public boolean isEditor() {
        return faces.getExternalContext().isUserInRole(Roles.EDITOR);
    }

    public String getChart() {
        return chart;
    }

    public List<String> getMediaTypes() {
        return mediaTypes;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public List<DocumentSort> getSorts() {
        return List.of(DocumentSort.values());
    }

    /** How a sort reads in the menu. */
    public String sortLabel(DocumentSort s) {
        return switch (s) {
            case UPLOADED_NEWEST -> "Uploaded, newest first";
            case UPLOADED_OLDEST -> "Uploaded, oldest first";
            case PUBLISHED_NEWEST -> "Published, newest first";
            case PUBLISHED_OLDEST -> "Published, oldest first";
            case TITLE -> "Title, A to Z";
        };
    }

    public List<FailureReason> getReasons() {
        return List.of(FailureReason.values());
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

    public String getMediaType() {
        return mediaType;
    }

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getUploader() {
        return uploader;
    }

    public void setUploader(String uploader) {
        this.uploader = uploader;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public DocumentSort getSort() {
        return sort;
    }

    public void setSort(DocumentSort sort) {
        this.sort = sort == null ? DocumentSort.UPLOADED_NEWEST : sort;
    }

    public List<DocumentRow> getSelected() {
        return selected;
    }

    public void setSelected(List<DocumentRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getTagsToAdd() {
        return tagsToAdd;
    }

    public void setTagsToAdd(String tagsToAdd) {
        this.tagsToAdd = tagsToAdd;
    }
}
