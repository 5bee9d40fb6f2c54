package io.storyline.web.documents.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.DocumentMention;
import io.storyline.analysis.search.ArchiveSearch;
import io.storyline.analysis.search.TextHits;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventType;
import io.storyline.domain.tag.DocumentTag;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.catalog.TextNotAvailableException;
import io.storyline.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One document's page: its metadata and where each value came from, its text with what analysis found in it, and
 * the lists beside it. While the pipeline still works on the document, the page asks again every few seconds.
 */
@Named
@ViewScoped
public class DocumentPageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int NOT_FOUND = 404;

    @EJB
    DocumentCatalog catalog;

    @EJB
    AnalysisResults results;

    @EJB
    KnowledgeAdmin knowledge;

    @EJB
    ArchiveSearch search;

    private String id;
    private boolean allEvents;
    private String q;
    private HashSet<String> searchWords;
    private int searchHitCount;
    private Long documentId;
    private String textMissing;
    private transient DocumentView document;
    private transient DocumentAnalysis analysis;
    private transient List<String> tags;
    private transient List<DocumentMention> mentions = List.of();
    private transient List<Event> events = List.of();
    private int eventCount;

    /** Reads the document the page's {@code id} names; an id that names none gets a 404 and says so. */
    public void load() {
        documentId = parse(id);
        if (documentId == null) {
            notFound(id == null || id.isBlank() ? "Which document? The address needs ?id= and a document number."
                    : "\u201c" + id + "\u201d is not a document number.");
            return;
        }
        refresh();
    }

    /** Reads the document and its analysis again: what the pipeline found since the last look. */
    public void refresh() {
        if (documentId == null) {
            return;
        }
        tags = null; // read again: a tag added or removed on this page shows at once
        try {
            document = DocumentView.of(catalog.get(documentId), catalog.nearDuplicates(documentId),
                    catalog.history(documentId));
        } catch (DocumentNotFoundException e) {
            document = null;
            notFound(e.getMessage());
            return;
        }
        String text = null;
        try {
            text = catalog.text(documentId);
            textMissing = null;
        } catch (TextNotAvailableException e) {
            textMissing = e.getMessage();
        }
        try {
            mentions = results.mentions(documentId);
            List<Event> found = results.events(documentId);
            eventCount = found.size();
            events = allEvents ? found : found.stream().filter(Event::listed).toList();
            analysis = DocumentAnalysis.of(text, mentions, results.times(documentId), events, eventTypeNames(),
                    entityPage(), searchHits(text));
        } catch (AnalysisProblem e) {
            mentions = List.of();
            events = List.of();
            eventCount = 0;
            analysis = DocumentAnalysis.of(text, List.of(), List.of(), List.of(), Map.of(), entityPage());
            Messages.error(e.getMessage());
        }
    }

    /** The words the search this page was opened from ({@code q}) matched in the text, as spans to mark. */
    private List<TextMarkup.Span> searchHits(String text) {
        if (q == null || q.isBlank() || text == null) {
            return List.of();
        }
        if (searchWords == null) {
            try {
                searchWords = new HashSet<>(search.matchedWords(documentId, q));
            } catch (AnalysisProblem e) {
                searchWords = new HashSet<>();
            }
        }
        List<TextHits.Hit> hits = TextHits.find(text, searchWords);
        searchHitCount = hits.size();
        return hits.stream().map(h -> new TextMarkup.Span(h.begin(), h.end(), TextMarkup.SEARCH_HIT,
                "Matches your search", null, null)).toList();
    }

    /** The words of the search this page was opened from, or null. */
    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** How many places of the text the search's words were found in (0 without a search). */
    public int getSearchHitCount() {
        getAnalysis();
        return searchHitCount;
    }

    private Map<String, String> eventTypeNames() {
        return knowledge.eventTypes().stream().collect(Collectors.toMap(EventType::code, EventType::name, (a, b) -> a));
    }

    private static String entityPage() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/entities/view.xhtml?id=";
    }

    private static Long parse(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private void notFound(String message) {
        documentId = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback()) {
            faces.getExternalContext().setResponseStatus(NOT_FOUND);
        }
        Messages.error(message);
    }

    public DocumentView getDocument() {
        if (document == null && documentId != null) {
            refresh();
        }
        return document;
    }

    public DocumentAnalysis getAnalysis() {
        if (analysis == null && documentId != null) {
            refresh();
        }
        return analysis;
    }

    /** Why there is no text to show (not extracted yet, or extraction failed), or null when there is. */
    public String getTextMissing() {
        return textMissing;
    }

    /** Whether the pipeline may still change what the page shows. */
    public boolean isProcessing() {
        return getDocument() != null && document.processing();
    }

    /** The document's tags, by name. */
    public List<String> getTags() {
        if (tags == null) {
            tags = getDocument() == null ? List.of()
                    : catalog.tags(documentId).stream().map(DocumentTag::name).toList();
        }
        return tags;
    }

    /** The document's mentions in text order, as last read. */
    public List<DocumentMention> getMentions() {
        return mentions == null ? List.of() : mentions;
    }

    /** Whether the page shows every event found, repeats, sources and topics too, not one per happening. */
    public boolean isAllEvents() {
        return allEvents;
    }

    /** From the page's address: {@code events=all} shows every event, anything else the listed ones. */
    public void setEvents(String events) {
        this.allEvents = "all".equalsIgnoreCase(events == null ? "" : events.strip());
    }

    public String getEvents() {
        return allEvents ? "all" : "listed";
    }

    /** How many events analysis found in the document, listed or not, as last read. */
    public int getEventCount() {
        return eventCount;
    }

    /** How many of them the page does not show now: repeats, sources' attributions and topics. */
    public int getHiddenEvents() {
        return eventCount - getShownEvents().size();
    }

    /** The document's events the page shows, in text order, as last read: the listed ones, or all of them. */
    public List<Event> getShownEvents() {
        return events == null ? List.of() : events;
    }

    /** The document this page shows, or null. */
    public Long getDocumentId() {
        return document == null ? null : documentId;
    }

    /** The document's text, or "" when it has none. */
    public String text() {
        try {
            return catalog.text(documentId);
        } catch (TextNotAvailableException | DocumentNotFoundException e) {
            return "";
        }
    }

    public String getHeading() {
        return getDocument() == null ? "Document not found" : document.title();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
