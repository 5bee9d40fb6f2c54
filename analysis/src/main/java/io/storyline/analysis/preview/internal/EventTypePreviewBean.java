package io.storyline.analysis.preview.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.AnalysisSettings;
import io.storyline.analysis.events.EventTagger;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.knowledge.EventRule;
import io.storyline.analysis.knowledge.KnowledgeAdmin.EventTypeInput;
import io.storyline.analysis.language.LanguageModels;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.pipeline.AnalysisTimeoutException;
import io.storyline.analysis.pipeline.Analyzers;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.analysis.pipeline.DocumentAnalyzer;
import io.storyline.analysis.preview.EventTypePreview;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.entity.KnowledgeOrigin;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * {@link EventTypePreview}: no transaction (reading a sample takes seconds); one preview at a time, so a second
 * admin's click does not double the load on a busy server.
 */
@Singleton
@Local(EventTypePreview.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventTypePreviewBean implements EventTypePreview {

    private static final int MAX_CHARS = 50_000;
    private static final int SENTENCE_SHOWN = 300;

    private final Semaphore running = new Semaphore(1);

    @EJB
    LanguageModels models;

    @Inject
    Analyzers analyzers;

    @Inject
    EventTypeRepository eventTypes;

    @Inject
    DocumentRepository documents;

    @Inject
    AnalysisSettings settings;

    @Inject
    Clock clock;

    private record Key(String type, int begin, int end) {
    }

    @Override
    public Result preview(String code, EventTypeInput proposed) {
        EventRule changed = proposedRule(code, proposed);
        boolean enabled = proposed.enabled() == null || proposed.enabled();
        if (!running.tryAcquire()) {
            throw AnalysisProblem.conflict("Another preview is running; try again in a few seconds.");
        }
        try {
            return run(changed, enabled);
        } finally {
            running.release();
        }
    }

    /** The rule as proposed, checked by the same rules as a save. */
    private EventRule proposedRule(String code, EventTypeInput in) {
        if (in == null) {
            throw AnalysisProblem.invalid("Send the proposed rule: {\"triggers\", \"patterns\"} as JSON.");
        }
        Optional<EventType> current = eventTypes.findByCode(String.valueOf(code));
        String name = in.name() != null && !in.name().isBlank() ? in.name()
                : current.map(EventType::name).orElse(String.valueOf(code));
        try {
            EventType checked = new EventType(String.valueOf(code), name, in.description(), in.triggers(),
                    in.patterns(), KnowledgeOrigin.PERSON, "preview", clock.instant());
            return new EventRule(checked.code(), checked.name(), checked.triggers(), checked.patterns());
        } catch (IllegalArgumentException | NullPointerException e) {
            String m = e.getMessage() == null ? "a required field is missing" : e.getMessage();
            throw AnalysisProblem.invalid(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
        }
    }

    private Result run(EventRule changed, boolean enabled) {
        DocumentAnalyzer analyzer;
        try {
            analyzer = analyzers.analyzer(models.pipeline(Duration.ofSeconds(5)));
        } catch (LanguageModels.ModelsNotReadyException e) {
            throw AnalysisProblem.conflict("No preview yet: " + e.getMessage() + ". Try again in a minute.");
        }
        List<EventRule> rules = new ArrayList<>(analyzer.knowledge().eventTypes().stream()
                .filter(r -> !r.code().equals(changed.code())).toList());
        if (enabled) {
            rules.add(changed);
        }
        rules.sort(Comparator.comparing(EventRule::code));
        EventTagger proposedTagger = new EventTagger(rules);

        Instant deadline = clock.instant().plusSeconds(MAX_SECONDS);
        List<Document> sample = documents.page(DocumentFilter.any().withStatus(DocumentStatus.ANALYZED),
                DocumentSort.UPLOADED_NEWEST, new PageRequest(0, MAX_DOCUMENTS));
        List<Match> added = new ArrayList<>();
        List<Match> removed = new ArrayList<>();
        int addedTotal = 0;
        int removedTotal = 0;
        int looked = 0;
        int sentences = 0;
        boolean complete = true;
        for (Document d : sample) {
            if (!clock.instant().isBefore(deadline)) {
                complete = false;
                break;
            }
            if (!readable(d)) {
                continue;
            }
            String text = documents.text(d.id()).orElse("");
            if (text.isBlank()) {
                continue;
            }
            text = text.substring(0, Math.min(text.length(), Math.min(MAX_CHARS, settings.maxChars())));
            DocumentAnalysis analysis;
            try {
                analysis = analyzer.analyze(text, d.referenceDay(), d.referenceDaySource(), deadline);
            } catch (AnalysisTimeoutException e) {
                complete = false;
                break;
            }
            List<FoundEvent> now = analysis.events();
            List<FoundEvent> then = proposedTagger.tag(analysis.text(), analysis.entities(), analysis.times());
            Set<Key> nowKeys = now.stream().map(EventTypePreviewBean::key).collect(Collectors.toSet());
            Set<Key> thenKeys = then.stream().map(EventTypePreviewBean::key).collect(Collectors.toSet());
            for (FoundEvent e : then) {
                if (!nowKeys.contains(key(e)) && addedTotal++ < MAX_LISTED) {
                    added.add(match(d, analysis, e));
                }
            }
            for (FoundEvent e : now) {
                if (!thenKeys.contains(key(e)) && removedTotal++ < MAX_LISTED) {
                    removed.add(match(d, analysis, e));
                }
            }
            looked++;
            sentences += analysis.text().sentences().size();
        }
        return new Result(changed.code(), added, removed, addedTotal, removedTotal, looked, sentences, sample.size(),
                complete);
    }

    private boolean readable(Document d) {
        return !d.isArchive() && settings.reads(d.description().language().orElse(null));
    }

    private static Key key(FoundEvent e) {
        return new Key(e.type(), e.begin(), e.end());
    }

    /** The evidence sentence (cut around the trigger when long) with the trigger's place in it. */
    private static Match match(Document d, DocumentAnalysis analysis, FoundEvent e) {
        Sentence s = analysis.text().sentences().stream().filter(x -> x.index() == e.sentence()).findFirst()
                .orElse(null);
        int from = s == null ? e.begin() : s.begin();
        int to = s == null ? e.end() : s.end();
        if (to - from > SENTENCE_SHOWN) {
            from = Math.max(from, e.begin() - SENTENCE_SHOWN / 2);
            to = Math.min(to, Math.max(e.end(), from + SENTENCE_SHOWN));
        }
        String sentence = analysis.text().span(from, to);
        return new Match(d.id(), d.displayTitle(), e.type(), sentence, e.begin() - from, e.end() - from);
    }
}
