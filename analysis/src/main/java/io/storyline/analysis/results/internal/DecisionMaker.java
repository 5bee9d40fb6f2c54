package io.storyline.analysis.results.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.entities.CrossDocumentResolver;
import io.storyline.analysis.results.DecisionRequest.ParticipantRequest;
import io.storyline.analysis.results.DecisionRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.EventParticipants;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.PublicationDate;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.MentionSource;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.entity.Names;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventRepository;
import io.storyline.domain.event.EventTypeRepository;
import io.storyline.domain.event.Participant;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.time.TimeValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a person sends into a {@link Decision}, checking it against the document: the span inside the text,
 * the entity, type, date, place or participants it needs. Entities named by type and name are found or created.
 */
@ApplicationScoped
class DecisionMaker {

    private static final String KINDS = "ACCEPT_MENTION, REJECT_MENTION, LINK_MENTION, ADD_MENTION, RETYPE_MENTION,"
            + " ACCEPT_EVENT, REJECT_EVENT, RETYPE_EVENT, DATE_EVENT, PLACE_EVENT, PARTICIPANTS_EVENT, DATE_DOCUMENT";

    @Inject
    EntityRepository entities;

    @Inject
    EventRepository events;

    @Inject
    EventTypeRepository eventTypes;

    @Inject
    CrossDocumentResolver resolver;

    Decision make(long documentId, String text, DecisionRequest request, String user, Instant now) {
        if (request != null && request.kind() != null
                && DecisionKind.DATE_DOCUMENT.name().equalsIgnoreCase(request.kind().strip())) {
            return publicationDate(documentId, request, user, now);
        }
        if (request == null || request.kind() == null || request.begin() == null || request.end() == null) {
            throw AnalysisProblem.invalid("Send {\"kind\", \"begin\", \"end\"} and what the kind needs (\"entityId\","
                    + " \"entityType\", \"entityName\", \"type\", \"date\", \"place\" or \"participants\"), or"
                    + " {\"kind\": \"DATE_DOCUMENT\", \"date\"} for the publication date.");
        }
        DecisionKind kind;
        try {
            kind = DecisionKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null || !(kind.aboutMention() || kind.aboutEvent())) {
            throw AnalysisProblem.invalid("\"" + request.kind() + "\" is not a decision about a document; use one of "
                    + KINDS + ".");
        }
        int begin = request.begin();
        int end = request.end();
        if (begin < 0 || end <= begin || end > text.length()) {
            throw AnalysisProblem.invalid("The span " + begin + ".." + end + " is not inside the document's text ("
                    + text.length() + " characters).");
        }
        String spanText = text.substring(begin, end);
        Decision decision = Decision.aboutSpan(kind, documentId, begin, end, user, request.reason(), now);
        Optional<Mention> mention = entities.mentionsOf(documentId).stream()
                .filter(m -> m.begin() == begin && m.end() == end).findFirst();
        Optional<Event> event = events.ofDocument(documentId).stream()
                .filter(e -> e.triggerBegin() == begin && e.triggerEnd() == end).findFirst();
        if (kind.aboutMention()) {
            mention.ifPresent(m -> decision.withSubjectType(m.type().name()));
        } else {
            if (event.isEmpty()) {
                throw AnalysisProblem.invalid("No event is triggered at " + begin + ".." + end + " (\""
                        + Names.fit(spanText, 80) + "\").");
            }
            decision.withSubjectType(event.get().typeCode());
        }
        switch (kind) {
            case LINK_MENTION, ADD_MENTION -> {
                NamedEntity target = entityMeant(request, spanText, mention.map(Mention::type).orElse(null));
                decision.withEntity(target.id());
                if (kind == DecisionKind.ADD_MENTION && mention.isEmpty()) {
                    entities.saveMention(new Mention(documentId, target.id(), begin, end, spanText, target.type(), -1,
                            MentionSource.PERSON));
                }
            }
            case RETYPE_MENTION -> {
                EntityType type = entityType(require(request.entityType(), "entityType", kind));
                String name = request.entityName() == null || request.entityName().isBlank()
                        ? mention.map(m -> entities.find(m.entityId()).map(NamedEntity::name).orElse(spanText))
                        .orElse(spanText) : request.entityName().strip();
                decision.withType(type.name()).withEntity(resolver.ensure(type, name).id());
            }
            case RETYPE_EVENT -> {
                String code = require(request.type(), "type", kind).strip().toUpperCase(Locale.ROOT);
                if (eventTypes.findByCode(code).isEmpty()) {
                    throw AnalysisProblem.invalid("There is no event type " + code + ".");
                }
                decision.withType(code);
            }
            case DATE_EVENT -> {
                String value = require(request.date(), "date", kind).strip();
                if (TimeValue.parse(value).isEmpty()) {
                    throw AnalysisProblem.invalid("\"" + value + "\" is not a date: write 2024-05-01, 2024-05,"
                            + " 2024-W18, 2024-Q2 or 2024.");
                }
                decision.withDate(value);
            }
            case PLACE_EVENT -> {
                NamedEntity place = request.placeId() != null ? entity(request.placeId())
                        : resolver.ensure(EntityType.LOCATION, name(require(request.place(), "place", kind)));
                decision.withEntity(place.id()).withDetail(place.name());
            }
            case PARTICIPANTS_EVENT -> decision.withDetail(EventParticipants.encode(participants(request)));
            default -> {
                // accept or reject: the span says it all
            }
        }
        return decision.withText(spanText);
    }

    /** The document's publication date as a person gives it: an ISO date, or a date-time with its offset. */
    private static Decision publicationDate(long documentId, DecisionRequest request, String user, Instant now) {
        String value = require(request.date(), "date", DecisionKind.DATE_DOCUMENT).strip();
        PublicationDate date;
        try {
            date = PublicationDate.parse(value, DateSource.UPLOAD);
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid("\"" + Names.fit(value, 40) + "\" is not a publication date: write 2024-05-01"
                    + " or 2024-05-01T09:30:00+03:00.");
        }
        return Decision.publicationDate(documentId, date.iso(), user, request.reason(), now);
    }

    private List<Participant> participants(DecisionRequest request) {
        List<ParticipantRequest> given = request.participants() == null ? List.of() : request.participants();
        if (given.size() > EventParticipants.MAX) {
            throw AnalysisProblem.invalid("An event has at most " + EventParticipants.MAX + " participants.");
        }
        List<Participant> participants = new ArrayList<>();
        for (ParticipantRequest p : given) {
            if (p == null) {
                continue;
            }
            ParticipantRole role;
            try {
                role = ParticipantRole.valueOf(String.valueOf(p.role()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw AnalysisProblem.invalid("\"" + p.role() + "\" is not a role; use one of "
                        + Arrays.toString(ParticipantRole.values()) + ".");
            }
            if (p.entityId() != null) {
                NamedEntity entity = entities.current(entity(p.entityId()));
                participants.add(new Participant(entity.id(), entity.name(), role));
            } else {
                String name = name(require(p.name(), "participants[].name or entityId", DecisionKind.PARTICIPANTS_EVENT));
                Optional<NamedEntity> known = known(name);
                participants.add(new Participant(known.map(NamedEntity::id).orElse(null),
                        known.map(NamedEntity::name).orElse(name), role));
            }
        }
        return participants;
    }

    /** A person, organisation, place or other entity of that name, in that order, if the archive knows one. */
    private Optional<NamedEntity> known(String name) {
        String key = Names.key(name);
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
                EntityType.OTHER)) {
            Optional<NamedEntity> found = entities.findByKey(type, key);
            if (found.isPresent()) {
                return Optional.of(entities.current(found.get()));
            }
        }
        return Optional.empty();
    }

    private NamedEntity entityMeant(DecisionRequest request, String spanText, EntityType machineType) {
        if (request.entityId() != null) {
            return entities.current(entity(request.entityId()));
        }
        if (request.entityType() == null && machineType == null) {
            throw AnalysisProblem.invalid("Say which entity: \"entityId\", or \"entityType\" (and \"entityName\","
                    + " else the selected text is the name).");
        }
        EntityType type = request.entityType() == null ? machineType : entityType(request.entityType());
        String name = request.entityName() == null || request.entityName().isBlank() ? spanText
                : request.entityName();
        return resolver.ensure(type, name(name));
    }

    private NamedEntity entity(long id) {
        return entities.find(id).orElseThrow(() -> AnalysisProblem.invalid("There is no entity " + id + "."));
    }

    private static EntityType entityType(String value) {
        try {
            return EntityType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid("\"" + value + "\" is not an entity type; use one of "
                    + Arrays.toString(EntityType.values()) + ".");
        }
    }

    private static String name(String value) {
        String name = value.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > NamedEntity.MAX_NAME) {
            throw AnalysisProblem.invalid("A name has 1 to " + NamedEntity.MAX_NAME + " characters.");
        }
        return name;
    }

    private static <T> T require(T value, String field, DecisionKind kind) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw AnalysisProblem.invalid(kind + " needs \"" + field + "\".");
        }
        return value;
    }
}
