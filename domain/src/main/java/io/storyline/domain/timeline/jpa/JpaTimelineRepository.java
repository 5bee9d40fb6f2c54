package io.storyline.domain.timeline.jpa;

import io.storyline.domain.curation.ReviewState;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link TimelineRepository} in two SQL statements with the same conditions: the events with their document and
 * place, then their participants with their canonical names. No entity is loaded, so ten thousand events take
 * milliseconds, not seconds.
 */
@ApplicationScoped
public class JpaTimelineRepository implements TimelineRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public List<TimelineRow> events(TimelineFilter filter, int limit) {
        Conditions where = conditions(filter);
        Query rows = em.createNativeQuery("select e.id, e.document_id, coalesce(d.title, d.filename),"
                + " coalesce(d.reference_date, d.published_date, cast(d.uploaded_at as date)), e.type_code,"
                + " e.trigger_text, e.trigger_begin, e.trigger_end, e.sentence_index, e.sentence_begin,"
                + " e.sentence_end, e.sentence, e.place_entity_id, coalesce(pl.name, e.place_name), e.date_value,"
                + " e.date_start, e.date_end, e.date_granularity, e.date_source, e.modality, e.confidence, e.review"
                + " from event e join document d on d.id = e.document_id"
                + " left join entity pl on pl.id = e.place_entity_id"
                + where.sql + " order by e.document_id, e.trigger_begin");
        where.bind(rows);
        rows.setMaxResults(limit);
        List<?> result = rows.getResultList();
        if (result.isEmpty()) {
            return List.of();
        }
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (Object r : result) {
            long id = ((Number) ((Object[]) r)[0]).longValue();
            lowest = Math.min(lowest, id);
            highest = Math.max(highest, id);
        }
        Map<Long, List<TimelineParticipant>> participants = participants(where, lowest, highest);
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

    private Map<Long, List<TimelineParticipant>> participants(Conditions where, long lowest, long highest) {
        Query query = em.createNativeQuery("select p.event_id, p.entity_id, coalesce(en.name, p.name), p.role"
                + " from event_participant p join event e on e.id = p.event_id"
                + " join document d on d.id = e.document_id left join entity en on en.id = p.entity_id"
                + where.sql + " and e.id between :lowest and :highest order by p.event_id, p.position");
        where.bind(query);
        query.setParameter("lowest", lowest);
        query.setParameter("highest", highest);
        Map<Long, List<TimelineParticipant>> byEvent = new HashMap<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            byEvent.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>())
                    .add(new TimelineParticipant(c[1] == null ? null : ((Number) c[1]).longValue(), (String) c[2],
                            ParticipantRole.valueOf((String) c[3])));
        }
        return byEvent;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
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
        if (filter.entityId() != null) {
            sql.append(" and (e.place_entity_id = :entity or exists (select 1 from event_participant x"
                    + " where x.event_id = e.id and x.entity_id = :entity))");
            parameters.put("entity", filter.entityId());
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
        if (filter.query() != null) {
            int i = 0;
            for (String word : filter.query().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.isEmpty() || i >= 10) {
                    continue;
                }
                String name = "word" + i++;
                sql.append(" and (lower(e.sentence) like :").append(name).append(" escape '\\'")
                        .append(" or lower(coalesce(d.title, '')) like :").append(name).append(" escape '\\')");
                parameters.put(name, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return new Conditions(sql.toString(), parameters);
    }
}
