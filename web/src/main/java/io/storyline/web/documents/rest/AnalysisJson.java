package io.storyline.web.documents.rest;

import io.storyline.analysis.results.DocumentMention;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventDate;
import io.storyline.domain.time.TimeExpression;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of a document's analysis results (API.md, "Documents") and of curation decisions. */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /** A mention: its canonical entity, where it is, its words, how it was found and whether a person checked it. */
    public record MentionJson(long entityId, String name, String type, int begin, int end, String text,
                              String foundBy, String origin, String review) {
        public static MentionJson of(DocumentMention dm) {
            Mention m = dm.mention();
            NamedEntity e = dm.entity();
            return new MentionJson(m.entityId(), e == null ? m.text() : e.name(), m.type().name(), m.begin(), m.end(),
                    m.text(), m.foundBy().name(), m.origin().name(), m.review().name());
        }
    }

    /**
     * A time expression: TIMEX3 type and value, the days it covers and its granularity when it names a date, and
     * what it was resolved against ({@code PUBLICATION_DATE}, {@code UPLOAD_DATE}, {@code ABSOLUTE}, {@code UNRESOLVED}).
     */
    public record TimeJson(int begin, int end, String text, String type, String value, LocalDate start,
                           LocalDate endDate, String granularity, String anchor) {
        public static TimeJson of(TimeExpression t) {
            return new TimeJson(t.begin(), t.end(), t.text(), t.timexType(), t.value().orElse(null),
                    t.rangeStart().orElse(null), t.rangeEnd().orElse(null),
                    t.granularity().map(Enum::name).orElse(null), t.anchoredTo().name());
        }
    }

    public record ParticipantJson(Long entityId, String name, String role) {
    }

    public record PlaceJson(Long entityId, String name) {
    }

    /** When an event happened: TIMEX3 value, first and last day, granularity, and how the date was found. */
    public record DateJson(String value, LocalDate start, LocalDate end, String granularity, String source,
                           String text) {
        public static DateJson of(EventDate d) {
            return new DateJson(d.value(), d.start(), d.end(), d.granularity().name(), d.source().name(),
                    d.text().orElse(null));
        }
    }

    /**
     * An event with its evidence: the trigger's span and the sentence it is in; {@code listing} says whether a
     * reader lists it ({@code LISTED}: one report per happening) or why not ({@code REPEAT}, {@code SOURCE},
     * {@code TOPIC}).
     */
    public record EventJson(long id, String type, String trigger, int begin, int end, String sentence,
                            int sentenceBegin, int sentenceEnd, List<ParticipantJson> participants, PlaceJson place,
                            DateJson date, String modality, double confidence, String origin, String review,
                            String listing) {
        public static EventJson of(Event e) {
            return new EventJson(e.id(), e.typeCode(), e.triggerText(), e.triggerBegin(), e.triggerEnd(), e.sentence(),
                    e.sentenceBegin(), e.sentenceEnd(),
                    e.participants().stream().map(p -> new ParticipantJson(p.entityId().orElse(null), p.name(),
                            p.role().name())).toList(),
                    e.placeName().map(n -> new PlaceJson(e.placeEntityId().orElse(null), n)).orElse(null),
                    e.date().map(DateJson::of).orElse(null), e.modality().name(),
                    Math.round(e.confidence() * 100) / 100.0, e.origin().name(), e.review().name(),
                    e.listing().name());
        }
    }

    public record DecisionJson(long id, String kind, Long documentId, Integer begin, Integer end, String text,
                               Long entityId, String type, String date, String reason, String decidedBy,
                               Instant decidedAt, Instant supersededAt, Long targetEntityId, String detail,
                               String machineType) {
        public static DecisionJson of(Decision d) {
            boolean span = d.documentId().isPresent() && d.begin() >= 0;
            return new DecisionJson(d.id(), d.kind().name(), d.documentId().orElse(null), span ? d.begin() : null,
                    span ? d.end() : null, d.textValue().orElse(null), d.entityId().orElse(null),
                    d.typeValue().orElse(null), d.dateValue().orElse(null), d.reason().orElse(null), d.decidedBy(),
                    d.decidedAt(), d.supersededAt().orElse(null), d.targetEntityId().orElse(null),
                    d.detailValue().orElse(null), d.subjectType().orElse(null));
        }
    }

}
