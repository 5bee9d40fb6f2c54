package io.storyline.domain.timeline.jpa;

import static io.storyline.domain.common.SqlDates.day;

import io.storyline.domain.common.Like;
import io.storyline.domain.common.ReviewState;
import io.storyline.domain.event.EventDateSource;
import io.storyline.domain.event.Modality;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.time.Granularity;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.domain.timeline.TimelineParticipant;
import io.storyline.domain.timeline.TimelineRepository;
import io.storyline.domain.timeline.TimelineRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@link TimelineRepository} in plain SQL: the events with their document and place, then their participants with
 * their canonical names. No JPA entity is loaded; the benchmark (README, "Timeline benchmark") measures it.
 */
@ApplicationScoped
public class JpaTimelineRepository implements TimelineRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    private static final String COLUMNS = "select e.id, e.document_id, coalesce(d.title, d.filename),"
            + " coalesce(d.reference_date, d.published_date, cast(d.uploaded_at as date)), e.type_code,"
            + " e.trigger_text, e.trigger_begin, e.trigger_end, e.sentence_index, e.sentence_begin,"
            + " e.sentence_end, e.sentence, e.place_entity_id, coalesce(pl.name, e.place_name), e.date_value,"
            + " e.date_start, e.date_end, e.date_granularity, e.date_source, e.modality, e.confidence, e.review"
            + " from event e join document d on d.id = e.document_id"
            + " left join entity pl on pl.id = e.place_entity_id";
    private static final String PARTICIPANTS = "select p.event_id, p.entity_id, p.name, p.role"
            + " from event_participant p where p.event_id in ";
    private static final String TAKES_PART = "(select x.event_id from event_participant x where x.entity_id = :entity)";
    private static final String ONLY_PLACE = "(select e.id from event e where e.place_entity_id = :entity and not"
            + " exists (select 1 from event_participant x where x.event_id = e.id and x.entity_id = :entity))";

    /**
     * An entity's events are those it takes part in (found through the participants' entity index) and, apart,
     * those that only happen at it: an OR of the two would make the database read every event of the archive.
     */
    @Override
    public List<TimelineRow> events(TimelineFilter filter, int limit) {
        Conditions where = conditions(filter);
        Query rows;
        List<Query> participantQueries = new ArrayList<>();
        if (filter.entityId() != null) {
            rows = em.createNativeQuery(COLUMNS + where.sql + " and e.id in " + TAKES_PART + " union all "
                    + COLUMNS + where.sql + " and e.id in " + ONLY_PLACE + " order by 2, 7");
            rows.setParameter("entity", filter.entityId());
            participantQueries.add(em.createNativeQuery(PARTICIPANTS + TAKES_PART + " order by p.event_id, p.position"));
            participantQueries.add(em.createNativeQuery(PARTICIPANTS + ONLY_PLACE + " order by p.event_id, p.position"));
            participantQueries.forEach(q -> q.setParameter("entity", filter.entityId()));
        } else {
            rows = em.createNativeQuery(COLUMNS + where.sql + " order by e.document_id, e.trigger_begin");
            Query q = em.createNativeQuery(PARTICIPANTS + "(select e.id from event e join document d"
                    + " on d.id = e.document_id" + where.sql + ") order by p.event_id, p.position");
            where.bind(q);
            participantQueries.add(q);
        }
        where.bind(rows);
        rows.setMaxResults(limit);
        List<?> result = rows.getResultList();
        if (result.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TimelineParticipant>> participants = new HashMap<>();
        for (Query q : participantQueries) {
            read(q, participants);
        }
        renameToCurrent(participants);
        List<TimelineRow> out = new ArrayList<>(result.size());
        for (Object r : result) {
            Object[] c = (Object[]) r;
            long id = ((Number) c[0]).longValue();
            out.add(new TimelineRow(id, ((Number) c[1]).longValue(), (String) c[2], day(c[3]), (String) c[4],
                    (String) c[5], ((Number) c[6]).intValue(), ((Number) c[7]).intValue(), ((Number) c[8]).intValue(),
                    ((Number) c[9]).intValue(), ((Number) c[10]).intValue(), (String) c[11],
                    c[12] == null ? null : ((Number) c[12]).longValue(), (String) c[13], (String) c[14], day(c[15]),
                    day(c[16]), c[17] == null ? null : Granularity.valueOf((String) c[17]),
                    c[18] == null ? null : EventDateSource.valueOf((String) c[18]), Modality.valueOf((String) c[19]),
                    ((Number) c[20]).doubleValue(), ReviewState.valueOf((String) c[21]),
                    participants.getOrDefault(id, List.of())));
        }
        return out;
    }

    /**
     * Participants carry the canonical name they had when the event was stored; an entity renamed since is shown by
     * its name now. The few hundred distinct entities are read by id, which is far cheaper than joining every
     * participant row to its entity.
     */
    private void renameToCurrent(Map<Long, List<TimelineParticipant>> byEvent) {
        List<Long> ids = byEvent.values().stream().flatMap(List::stream).map(TimelineParticipant::entityId)
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            for (Object r : em.createNativeQuery("select id, name from entity where id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()) {
                Object[] c = (Object[]) r;
                names.put(((Number) c[0]).longValue(), (String) c[1]);
            }
        }
        byEvent.replaceAll((event, list) -> list.stream().map(p -> p.entityId() == null
                || p.name().equals(names.getOrDefault(p.entityId(), p.name())) ? p
                : new TimelineParticipant(p.entityId(), names.get(p.entityId()), p.role())).toList());
    }

    private static void read(Query query, Map<Long, List<TimelineParticipant>> byEvent) {
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            byEvent.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>())
                    .add(new TimelineParticipant(c[1] == null ? null : ((Number) c[1]).longValue(), (String) c[2],
                            ParticipantRole.valueOf((String) c[3])));
        }
    }

    /** The WHERE clause of both statements and its parameters. */
    private record Conditions(String sql, Map<String, Object> parameters) {

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    private static Conditions conditions(TimelineFilter filter) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.allEvents()) {
            sql.append(" and e.listing = 'LISTED'");
        }
        if (filter.documentId() != null) {
            sql.append(" and e.document_id = :document");
            parameters.put("document", filter.documentId());
        }
        if (filter.from() != null) {
            sql.append(" and (e.date_end >= :from or (e.date_end is null"
                    + " and coalesce(d.reference_date, d.published_date, cast(d.uploaded_at as date)) >= :from))");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and (e.date_start <= :to or (e.date_start is null"
                    + " and coalesce(d.reference_date, d.published_date, cast(d.uploaded_at as date)) <= :to))");
            parameters.put("to", filter.to());
        }
        if (filter.tag() != null) {
            sql.append(" and exists (select 1 from document_tag t where t.document_id = e.document_id"
                    + " and t.name = :tag)");
            parameters.put("tag", filter.tag());
        }
        if (filter.query() != null) {
            int i = 0;
            for (String word : filter.query().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.isEmpty() || i >= 10) {
                    continue;
                }
                String name = "word" + i++;
                sql.append(" and (lower(e.sentence) like :").append(name).append(" escape '\\'")
                        .append(" or lower(coalesce(d.title, '')) like :").append(name).append(" escape '\\')");
                parameters.put(name, Like.contains(word));
            }
        }
        return new Conditions(sql.toString(), parameters);
    }
}
