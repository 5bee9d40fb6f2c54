package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.formats.CatDocument;
import io.storyline.analysis.evaluation.formats.CatEntityMention;
import io.storyline.analysis.evaluation.formats.CatEventMention;
import io.storyline.analysis.evaluation.formats.CatParticipant;
import io.storyline.analysis.evaluation.formats.CatTimex;
import io.storyline.analysis.evaluation.metrics.EntityMention;
import io.storyline.analysis.evaluation.metrics.Extent;
import io.storyline.analysis.evaluation.metrics.MeantimeAnnotations;
import io.storyline.analysis.evaluation.metrics.ParticipantPair;
import io.storyline.analysis.evaluation.metrics.TimeMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns MEANTIME gold and a system's character spans into tokens, the unit MEANTIME is scored in, and a
 * system's predictions into a CAT document. A predicted span covers every token it shares a character with.
 */
final class MeantimeConversion {

    private MeantimeConversion() {}

    /** Time expressions anchored on no token cannot be found in the text, so they are not gold. */
    static MeantimeAnnotations gold(CatDocument document) {
        Map<String, Extent> events = new HashMap<>();
        document.events().forEach(event -> events.put(event.id(), Extent.of(event.tokens())));
        Map<String, Extent> entities = new HashMap<>();
        document.entities().forEach(entity -> entities.put(entity.id(), Extent.of(entity.tokens())));
        return new MeantimeAnnotations(
                document.entities().stream()
                        .map(e -> new EntityMention(Extent.of(e.tokens()), e.entityType(), e.syntacticType())).toList(),
                document.events().stream().map(e -> Extent.of(e.tokens())).toList(),
                document.timexes().stream().filter(t -> !t.tokens().isEmpty())
                        .map(t -> new TimeMention(Extent.of(t.tokens()), t.type(), t.value())).toList(),
                document.participants().stream()
                        .map(p -> new ParticipantPair(events.get(p.eventId()), entities.get(p.entityId()))).toList());
    }

    static MeantimeAnnotations predicted(CatDocument document, DocumentPrediction prediction) {
        return new MeantimeAnnotations(
                SetContext.present(prediction.entities()).stream()
                        .map(span -> new EntityMention(tokens(document, span), span.type(), null)).toList(),
                SetContext.present(prediction.events()).stream().map(span -> tokens(document, span)).toList(),
                SetContext.present(prediction.times()).stream()
                        .map(t -> new TimeMention(Extent.of(document.tokensOverlapping(t.begin(), t.end())), t.type(),
                                t.value()))
                        .toList(),
                SetContext.present(prediction.participants()).stream()
                        .filter(p -> p.event() != null && p.entity() != null)
                        .map(p -> new ParticipantPair(tokens(document, p.event()), tokens(document, p.entity())))
                        .toList(),
                SetContext.present(prediction.newsEvents()).stream().map(span -> tokens(document, span)).toList());
    }

    /**
     * The gold's tokens with our markables on them. The document date goes in as a TIMEX3 on no token,
     * so the file carries it without it counting as a prediction.
     */
    static CatDocument toCat(CatDocument gold, DocumentPrediction prediction) {
        Ids ids = new Ids();
        List<CatEntityMention> entities = new ArrayList<>();
        Map<List<Integer>, String> entityIds = new HashMap<>();
        for (CharSpan span : SetContext.present(prediction.entities())) {
            List<Integer> tokens = gold.tokensOverlapping(span.begin(), span.end());
            String id = ids.next();
            entities.add(new CatEntityMention(id, tokens, span.type(), null));
            entityIds.putIfAbsent(tokens, id);
        }
        List<CatEventMention> events = new ArrayList<>();
        Map<List<Integer>, String> eventIds = new HashMap<>();
        for (CharSpan span : SetContext.present(prediction.events())) {
            List<Integer> tokens = gold.tokensOverlapping(span.begin(), span.end());
            String id = ids.next();
            events.add(new CatEventMention(id, tokens));
            eventIds.putIfAbsent(tokens, id);
        }
        List<CatTimex> timexes = new ArrayList<>();
        gold.timexes().stream().filter(CatTimex::creationTime).findFirst()
                .ifPresent(dct -> timexes.add(new CatTimex(ids.next(), List.of(), dct.type(), dct.value(), true)));
        for (TimexPrediction time : SetContext.present(prediction.times())) {
            timexes.add(new CatTimex(ids.next(), gold.tokensOverlapping(time.begin(), time.end()), time.type(),
                    time.value(), false));
        }
        List<CatParticipant> participants = new ArrayList<>();
        for (Participation participation : SetContext.present(prediction.participants())) {
            if (participation.event() == null || participation.entity() == null) {
                continue;
            }
            List<Integer> eventTokens = gold.tokensOverlapping(participation.event().begin(), participation.event().end());
            List<Integer> entityTokens = gold.tokensOverlapping(participation.entity().begin(),
                    participation.entity().end());
            String eventId = eventIds.computeIfAbsent(eventTokens, tokens -> {
                String id = ids.next();
                events.add(new CatEventMention(id, tokens));
                return id;
            });
            String entityId = entityIds.computeIfAbsent(entityTokens, tokens -> {
                String id = ids.next();
                entities.add(new CatEntityMention(id, tokens, participation.entity().type(), null));
                return id;
            });
            participants.add(new CatParticipant(eventId, entityId, participation.role()));
        }
        return new CatDocument(gold.attributes(), gold.tokens(), gold.text(), entities, events, timexes, participants);
    }

    private static Extent tokens(CatDocument document, CharSpan span) {
        return Extent.of(document.tokensOverlapping(span.begin(), span.end()));
    }

    /** Markable ids 1, 2, 3, ... as MEANTIME numbers them. */
    private static final class Ids {
        private int last;

        String next() {
            return Integer.toString(++last);
        }
    }
}
