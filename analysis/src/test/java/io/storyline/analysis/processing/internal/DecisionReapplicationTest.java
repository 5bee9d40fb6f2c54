package io.storyline.analysis.processing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.entities.CrossDocumentResolver;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.analysis.pipeline.RealModels;
import io.storyline.analysis.testing.H2Archive;
import io.storyline.domain.common.ReviewState;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository;
import io.storyline.domain.curation.EventParticipants;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.MentionSource;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventDate;
import io.storyline.domain.event.EventRepository;
import io.storyline.domain.event.Participant;
import io.storyline.domain.event.ParticipantRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-analysis never overwrites what a person decided: the sample article, analysed with the real models, is written
 * by the {@link ResultWriter} to a migrated database, editors decide about its mentions and events, and the same
 * analysis is written again, as when the document is analysed anew after a change of rules.
 */
class DecisionReapplicationTest {

    private static DocumentAnalysis analysis;

    private H2Archive archive;
    private EntityRepository entities;
    private EventRepository events;
    private DecisionRepository decisions;
    private CrossDocumentResolver resolver;
    private ResultWriter writer;
    private long document;

    @BeforeAll
    static void analyse() {
        analysis = RealModels.analyzer().analyze(RealModels.sample("blinken-netanyahu-rafah.txt"),
                LocalDate.of(2024, 5, 1), ReferenceSource.PUBLICATION_DATE);
    }

    @BeforeEach
    void analysedOnce() {
        archive = H2Archive.migrated();
        entities = archive.entities();
        events = archive.events();
        decisions = archive.decisions();
        resolver = archive.resolver();
        writer = H2Archive.inject(new ResultWriter(), Map.of("entities", entities, "times", archive.times(),
                "events", events, "decisions", decisions, "resolver", resolver));
        document = archive.document("blinken-netanyahu-rafah.txt").id();
        ResultWriter.Written first = write();
        assertEquals(0, first.decisionsApplied());
        assertTrue(first.mentions() > 10 && first.events() >= 3, "the sample has names and events: " + first);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void theFirstAnalysisStoresWhatItFoundUnderTheArchivesEntities() {
        List<Mention> stored = mentions();
        assertEquals(analysis.entities().entities().stream().mapToInt(e -> e.mentions().size()).sum(), stored.size());
        assertEquals(analysis.events().size(), stored().size());
        NamedEntity blinken = archive.inTransaction(() -> entities.findByKey(EntityType.PERSON, "antony blinken"))
                .orElseThrow();
        assertTrue(stored.stream().filter(m -> m.text().equals("Blinken")).allMatch(m -> m.entityId() == blinken.id()),
                "\"Blinken\" is Antony Blinken throughout");
        assertTrue(stored().stream().flatMap(e -> e.participants().stream())
                .anyMatch(p -> p.entityId().equals(Optional.of(blinken.id()))));
    }

    @Test
    void rejectedMentionsAndEventsStayAway() {
        Mention mention = mentions().get(0);
        Event event = stored().get(0);
        decide(Decision.aboutSpan(DecisionKind.REJECT_MENTION, document, mention.begin(), mention.end(), "editor",
                "not a name here", at(1)));
        decide(Decision.aboutSpan(DecisionKind.REJECT_EVENT, document, event.triggerBegin(), event.triggerEnd(),
                "editor", null, at(2)));
        int mentionsBefore = mentions().size();
        int eventsBefore = stored().size();

        assertEquals(2, write().decisionsApplied());
        assertEquals(mentionsBefore - 1, mentions().size());
        assertFalse(mentions().stream().anyMatch(at(mention)));
        assertEquals(eventsBefore - 1, stored().size());
        assertFalse(stored().stream().anyMatch(at(event)));
    }

    @Test
    void aLinkedMentionKeepsItsEntityFollowingLaterMerges() {
        Mention linked = mentions().stream().filter(m -> m.text().equals("Blinken")).findFirst().orElseThrow();
        Mention accepted = mentions().stream().filter(m -> m.text().equals("Netanyahu")).findFirst().orElseThrow();
        NamedEntity tony = archive.inTransaction(() -> resolver.ensure(EntityType.PERSON, "Tony Blinken"));
        decide(Decision.aboutSpan(DecisionKind.LINK_MENTION, document, linked.begin(), linked.end(), "editor", null,
                at(1)).withEntity(tony.id()));
        decide(Decision.aboutSpan(DecisionKind.ACCEPT_MENTION, document, accepted.begin(), accepted.end(), "editor",
                null, at(2)));

        assertEquals(2, write().decisionsApplied());
        assertEquals(tony.id(), only(mentions(), at(linked)).entityId());
        assertEquals(ReviewState.ACCEPTED, only(mentions(), at(accepted)).review());
        assertEquals(ReviewState.ACCEPTED, only(mentions(), at(linked)).review(), "a person linked it");
        assertEquals(2, mentions().stream().filter(m -> m.review() == ReviewState.ACCEPTED).count(),
                "the others are not reviewed");

        NamedEntity antony = archive.inTransaction(() -> entities.findByKey(EntityType.PERSON, "antony blinken"))
                .orElseThrow();
        archive.inTransaction(() -> entities.find(tony.id()).orElseThrow().mergeInto(antony));
        write();
        assertEquals(antony.id(), only(mentions(), at(linked)).entityId(), "the merge is followed");
    }

    @Test
    void anEventKeepsItsTypeDatePlaceParticipantsAndAcceptance() {
        Event event = stored().get(1);
        NamedEntity rafah = archive.inTransaction(() -> resolver.ensure(EntityType.LOCATION, "Rafah"));
        List<Participant> people = List.of(new Participant(null, "Barak Ravid", ParticipantRole.AGENT));
        int b = event.triggerBegin();
        int e = event.triggerEnd();
        decide(Decision.aboutSpan(DecisionKind.RETYPE_EVENT, document, b, e, "editor", null, at(1)).withType("PROTEST"));
        decide(Decision.aboutSpan(DecisionKind.DATE_EVENT, document, b, e, "editor", null, at(2)).withDate("2024-04"));
        decide(Decision.aboutSpan(DecisionKind.PLACE_EVENT, document, b, e, "editor", null, at(3))
                .withEntity(rafah.id()).withDetail("Rafah"));
        decide(Decision.aboutSpan(DecisionKind.PARTICIPANTS_EVENT, document, b, e, "editor", null, at(4))
                .withDetail(EventParticipants.encode(people)));
        decide(Decision.aboutSpan(DecisionKind.ACCEPT_EVENT, document, b, e, "editor", null, at(5)));

        assertEquals(5, write().decisionsApplied());
        Event again = only(stored(), at(event));
        assertEquals("PROTEST", again.typeCode());
        assertEquals("2024-04", again.date().map(EventDate::value).orElse(null));
        assertEquals(Optional.of(rafah.id()), again.placeEntityId());
        assertEquals(Optional.of("Rafah"), again.placeName());
        assertEquals(1, again.participants().size());
        assertEquals("Barak Ravid", again.participants().get(0).name());
        assertEquals(ParticipantRole.AGENT, again.participants().get(0).role());
        assertEquals(ReviewState.ACCEPTED, again.review());
        assertEquals(ReviewState.UNREVIEWED, only(stored(), at(stored().get(0))).review(), "the others are untouched");
    }

    @Test
    void aPersonsOwnMentionWinsOverTheMachinesAtItsSpan() {
        Mention machine = mentions().stream().filter(m -> m.text().equals("Rafah")).findFirst().orElseThrow();
        NamedEntity city = archive.inTransaction(() -> resolver.ensure(EntityType.LOCATION, "Rafah City"));
        archive.inTransaction(() -> entities.saveMention(new Mention(document, city.id(), machine.begin(),
                machine.end(), machine.text(), EntityType.LOCATION, -1, MentionSource.PERSON)));

        write();
        Mention kept = only(mentions(), at(machine));
        assertEquals(MentionSource.PERSON, kept.foundBy());
        assertEquals(city.id(), kept.entityId());
    }

    private ResultWriter.Written write() {
        return archive.inTransaction(() -> writer.write(document, analysis));
    }

    private void decide(Decision decision) {
        archive.inTransaction(() -> decisions.record(decision));
    }

    private List<Mention> mentions() {
        return archive.inTransaction(() -> entities.mentionsOf(document));
    }

    private List<Event> stored() {
        return archive.inTransaction(() -> events.ofDocument(document));
    }

    private static Instant at(int minutes) {
        return H2Archive.CLOCK.instant().plusSeconds(60L * minutes);
    }

    private static Predicate<Mention> at(Mention m) {
        return x -> x.begin() == m.begin() && x.end() == m.end();
    }

    private static Predicate<Event> at(Event e) {
        return x -> x.triggerBegin() == e.triggerBegin() && x.triggerEnd() == e.triggerEnd();
    }

    private static <T> T only(List<T> items, Predicate<T> which) {
        List<T> found = items.stream().filter(which).toList();
        assertEquals(1, found.size(), "exactly one at that span");
        return found.get(0);
    }
}
