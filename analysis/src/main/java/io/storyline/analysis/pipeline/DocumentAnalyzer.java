package io.storyline.analysis.pipeline;

import io.storyline.analysis.entities.EntityAnalysis;
import io.storyline.analysis.entities.EntityFinder;
import io.storyline.analysis.events.EventTagger;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.events.timeml.EventLayer;
import io.storyline.analysis.knowledge.Knowledge;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.LanguagePipeline;
import io.storyline.analysis.times.FoundTime;
import io.storyline.analysis.times.TimeNormalizer;
import io.storyline.domain.document.Dateline;
import io.storyline.domain.document.ReferenceSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Analyses texts with one language pipeline and one snapshot of the knowledge. Immutable and thread-safe: build one
 * per knowledge snapshot and share it.
 */
public final class DocumentAnalyzer {

    private final LanguagePipeline pipeline;
    private final Knowledge knowledge;
    private final EntityFinder entities;
    private final TimeNormalizer times = new TimeNormalizer();
    private final EventTagger events;
    private final EventLayer layer = new EventLayer();
    private final Clock clock;

    public DocumentAnalyzer(LanguagePipeline pipeline, Knowledge knowledge, Clock clock) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.entities = new EntityFinder(knowledge);
        this.events = new EventTagger(knowledge.eventTypes());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DocumentAnalyzer(LanguagePipeline pipeline, Knowledge knowledge) {
        this(pipeline, knowledge, Clock.systemUTC());
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /**
     * Analyses a text, and stops at the deadline: in the middle of the language pipeline's work when {@code alarms}
     * is given (the thread is interrupted then, and its interrupt flag cleared before this returns), else between
     * pieces of the text.
     *
     * @param reference the day relative time expressions mean, and where it comes from
     * @param deadline  when to give up, or {@code null} for never
     * @param alarms    schedules the interruption at the deadline (in the server, its managed scheduled executor),
     *                  or {@code null}
     * @throws AnalysisTimeoutException when the deadline passes
     */
    public DocumentAnalysis analyze(String text, LocalDate reference, ReferenceSource source, Instant deadline,
                                    ScheduledExecutorService alarms) {
        try (Alarm alarm = Alarm.set(alarms, clock, deadline)) {
            AnnotatedText read = Chunks.annotate(pipeline, Dateline.separate(text), reference, alarm::timeUp);
            AnnotatedText annotated = new AnnotatedText(text, read.referenceDate(), read.sentences());
            EntityAnalysis found = entities.find(annotated);
            List<FoundTime> foundTimes = times.normalize(annotated, source);
            List<FoundEvent> foundEvents = events.tag(annotated, found, foundTimes);
            return new DocumentAnalysis(annotated, found, foundTimes, foundEvents, layer.find(annotated));
        }
    }

    /** Analyses a text, and stops at the deadline between pieces of it (see the method above). */
    public DocumentAnalysis analyze(String text, LocalDate reference, ReferenceSource source, Instant deadline) {
        return analyze(text, reference, source, deadline, null);
    }

    public DocumentAnalysis analyze(String text, LocalDate reference, ReferenceSource source) {
        return analyze(text, reference, source, null);
    }
}
