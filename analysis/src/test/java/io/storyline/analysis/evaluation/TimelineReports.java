package io.storyline.analysis.evaluation;

import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.analysis.evaluation.formats.CatDocument;
import io.storyline.analysis.evaluation.formats.CatToken;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.events.FoundParticipant;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.domain.common.ReviewState;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.time.TimeValue;
import io.storyline.domain.timeline.TimelineParticipant;
import io.storyline.domain.timeline.TimelineRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One system's events over a set's articles, turned into what the server stores for timelines
 * ({@link TimelineRow}): each event with its document, sentence, date and participants. A document's entity gets
 * the same id in every document that gives it the same canonical name and type, as the server's canonical
 * entities do, so the assembler can see one event told by several articles.
 */
final class TimelineReports {

    /**
     * A stored event and what a timeline for a target needs to know of it.
     *
     * @param row the event as the server stores it
     * @param mention its id in the gold's terms: {@code docid-sentence-token} of the trigger's first token
     * @param names who and where it involves: canonical names and the words of the text, as written
     */
    record Report(TimelineRow row, String mention, Set<String> names) {

        Report {
            names = Set.copyOf(names);
        }
    }

    private final List<Report> reports = new ArrayList<>();
    private final Map<String, Long> entityIds = new HashMap<>();
    private final Set<String> people = new HashSet<>();

    /** @param analyses one per article, null where the system failed */
    TimelineReports(List<CatDocument> articles, List<DocumentAnalysis> analyses) {
        for (int i = 0; i < articles.size(); i++) {
            if (analyses.get(i) != null) {
                add(articles.get(i), analyses.get(i));
            }
        }
    }

    List<Report> all() {
        return List.copyOf(reports);
    }

    /** Whether some article names a person with exactly this name (case aside). */
    boolean isPerson(String name) {
        return people.contains(name.toLowerCase(Locale.ROOT));
    }

    private void add(CatDocument article, DocumentAnalysis analysis) {
        for (DocumentEntity entity : analysis.entities().entities()) {
            if (entity.type() == EntityType.PERSON) {
                people.add(entity.name().toLowerCase(Locale.ROOT));
            }
        }
        for (FoundEvent event : analysis.events()) {
            reports.add(new Report(row(article, analysis, event), mention(article, event),
                    names(analysis.text().text(), event)));
        }
    }

    private TimelineRow row(CatDocument article, DocumentAnalysis analysis, FoundEvent event) {
        Sentence sentence = analysis.text().sentences().get(event.sentence());
        Optional<TimeValue> date = Optional.ofNullable(event.date()).flatMap(d -> TimeValue.parse(d.value()));
        List<TimelineParticipant> participants = event.participants().stream()
                .map(p -> new TimelineParticipant(entityId(p.entity()), name(p), p.role())).toList();
        return new TimelineRow(reports.size() + 1L, Long.parseLong(article.attributes().get("doc_id").strip()),
                article.attributes().get("doc_name"), article.creationDate(), event.type(), event.trigger(),
                event.begin(), event.end(), event.sentence(), sentence.begin(), sentence.end(),
                analysis.text().text().substring(sentence.begin(), sentence.end()),
                event.place() == null ? null : entityId(event.place().entity()),
                event.place() == null ? null : event.place().name(),
                date.map(TimeValue::value).orElse(null), date.map(TimeValue::start).orElse(null),
                date.map(TimeValue::end).orElse(null), date.map(TimeValue::granularity).orElse(null),
                date.isPresent() ? event.date().source() : null, event.modality(), event.confidence(),
                ReviewState.UNREVIEWED, participants);
    }

    /** Canonical names and the words of the text, for the participants and the place. */
    private static Set<String> names(String text, FoundEvent event) {
        Set<String> names = new LinkedHashSet<>();
        for (FoundParticipant p : event.participants()) {
            names.add(name(p));
            names.add(text.substring(p.begin(), p.end()));
        }
        if (event.place() != null) {
            names.add(event.place().name());
            names.add(text.substring(event.place().begin(), event.place().end()));
        }
        return names;
    }

    private static String name(FoundParticipant p) {
        return p.entity() != null ? p.entity().name() : p.name();
    }

    private Long entityId(DocumentEntity entity) {
        if (entity == null) {
            return null;
        }
        return entityIds.computeIfAbsent(entity.type() + " " + entity.name().toLowerCase(Locale.ROOT),
                key -> entityIds.size() + 1L);
    }

    /** The gold's name for an event mention: the article, the sentence and the word of its trigger's first token. */
    private static String mention(CatDocument article, FoundEvent event) {
        List<Integer> tokens = article.tokensOverlapping(event.begin(), event.begin() + 1);
        if (tokens.isEmpty()) {
            throw new IllegalStateException(article.attributes().get("doc_name") + ": a trigger at " + event.begin()
                    + " is on no token; the system was not given the article's text");
        }
        CatToken token = article.tokens().get(tokens.get(0));
        return article.attributes().get("doc_id").strip() + "-" + token.sentence() + "-" + token.text();
    }
}
