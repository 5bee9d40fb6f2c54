package io.storyline.analysis.results;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityRepository.EntityCount;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.event.Event;
import io.storyline.domain.time.TimeExpression;
import java.util.List;

/**
 * What analysis found, for pages and the API, and the decisions people make about it. Each method throws
 * {@link io.storyline.analysis.AnalysisProblem} naming what is missing or wrong.
 */
public interface AnalysisResults {

    /** How far a mention's context reaches either side of it, in characters. */
    int CONTEXT_RADIUS = 80;

    /** How many of an entity's documents {@link #relatedEntities} looks at, the newest first. */
    int RELATED_DOCUMENTS = 2000;

    /** A document's entity mentions in text order, each with its canonical entity. */
    List<DocumentMention> mentions(long documentId);

    /** A document's time expressions in text order. */
    List<TimeExpression> times(long documentId);

    /** A document's events in text order. */
    List<Event> events(long documentId);

    /** Entities with their counts, most mentioned first; {@code query} matches names, {@code type} may be null. */
    Page<EntityCount> entities(String query, EntityType type, PageRequest page);

    /** One entity: counts, the names it goes by, where it is mentioned. */
    EntityDetail entity(long entityId);

    /** Entities with their counts in the order asked for; {@code query} matches names, {@code type} may be null. */
    Page<EntityCount> entities(String query, EntityType type, EntityRepository.Order order, PageRequest page);

    /**
     * One page of the entity's mentions, newest documents first, each in its context: its sentence, or at most
     * {@value #CONTEXT_RADIUS} characters either side.
     */
    Page<MentionInContext> entityMentions(long entityId, PageRequest page);

    /**
     * The entities mentioned most often in the same documents as this one, by the number of documents they share,
     * at most {@code limit}. For an entity in very many documents only its newest {@value #RELATED_DOCUMENTS} are
     * looked at.
     */
    List<RelatedEntity> relatedEntities(long entityId, int limit);

    /** One page of the events the entity takes part in or that happen at it, latest date first, undated last. */
    Page<EntityEvent> entityEvents(long entityId, PageRequest page);

    /**
     * Records a person's decision about a document's mention or event, or its publication date (DATE_DOCUMENT),
     * superseding their earlier one about the same thing, and has the document analysed again so the decision shows
     * at once (and after every later analysis). A publication date becomes the document's, so its relative dates
     * are read from it from then on.
     */
    Decision decide(long documentId, DecisionRequest request, String user);

    /** Records that a text is never an entity, in any document; it takes effect as documents are analysed again. */
    Decision neverEntity(String text, String reason, String user);

    /** A document's decisions, the superseded ones included, newest first. */
    List<Decision> decisions(long documentId);
}
