package io.storyline.analysis.benchmark;

import io.storyline.analysis.knowledge.SeedKnowledge;
import io.storyline.domain.timeline.EventKey;
import io.storyline.domain.timeline.EventLink;
import io.storyline.domain.timeline.EventLinkKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills a migrated, empty Storyline database with a made-up but realistically shaped archive, in plain JDBC
 * batches with explicit ids: documents spread evenly over three years, a few hundred people, organisations and
 * places, one person (the target, id 1) taking part in {@code targetEvents} events and twice as many events
 * without them. The target's events are reports of happenings: most are reported once, some by up to five
 * documents published on the day or in the two days after, so clustering has real work. Dates: mostly a day,
 * some a month or a year, about 10% undated. The same seed gives the same archive.
 */
final class TimelineArchive {

    static final long TARGET = 1;
    static final String TARGET_NAME = "Amira Haddad";
    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    static final int DAYS = 1096;
    /** The word of the timeline by words; about one topic and one headline in fifteen carry it. */
    static final String WORD = "ceasefire";

    record Summary(int documents, int entities, int targetEvents, int otherEvents, int participants,
            int happenings, int links, Map<String, Integer> granularity) {
    }

    private final Random random = new Random(20261126L);
    private final SyntheticText text = new SyntheticText(random);
    private final int documents;
    private final List<Entity> people = new ArrayList<>();
    private final List<Entity> places = new ArrayList<>();
    private final List<List<StoredEvent>> byDocument = new ArrayList<>();
    private final List<List<StoredEvent>> happenings = new ArrayList<>();

    private TimelineArchive(int documents) {
        this.documents = documents;
        for (int d = 0; d < documents; d++) {
            byDocument.add(new ArrayList<>());
        }
    }

    record Entity(long id, String type, String name) {
    }

    record Part(Long entityId, String name, String role) {
    }

    /** One stored event before it has its id and offsets. */
    static final class StoredEvent {
        int document;
        String type;
        List<Part> parts;
        Entity place;
        String dateValue;
        LocalDate start;
        LocalDate end;
        String granularity;
        String dateSource;
        String when;
        String modality;
        String sentence;
        String trigger;
        long id;
        int sentenceIndex;
        int sentenceBegin;
        int triggerBegin;

        EventKey key() {
            return new EventKey(document + 1L, triggerBegin, triggerBegin + trigger.length());
        }
    }

    static Summary seed(DataSource dataSource, int documents, int targetEvents, int otherEvents) throws SQLException {
        TimelineArchive archive = new TimelineArchive(documents);
        archive.makeEntities();
        archive.makeTargetEvents(targetEvents);
        archive.makeOtherEvents(otherEvents);
        archive.place();
        List<EventLink> links = archive.editorLinks();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ArchiveWriter writer = new ArchiveWriter(c, archive.random, archive.text);
            List<Entity> entities = new ArrayList<>();
            entities.add(new Entity(TARGET, "PERSON", TARGET_NAME));
            entities.addAll(archive.people);
            entities.addAll(archive.places);
            writer.entities(entities);
            writer.documents(documents);
            int participants = writer.events(archive.byDocument);
            writer.links(links);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            Map<String, Integer> granularity = new LinkedHashMap<>();
            archive.happenings.stream().flatMap(List::stream).forEach(e -> granularity.merge(
                    e.granularity == null ? "undated" : e.granularity, 1, Integer::sum));
            return new Summary(documents, 1 + archive.people.size() + archive.places.size(), targetEvents,
                    otherEvents, participants, archive.happenings.size(), links.size(), granularity);
        }
    }

    static LocalDate documentDay(int document, int documents) {
        return FIRST_DAY.plusDays((long) document * DAYS / documents);
    }

    private void makeEntities() {
        long id = TARGET + 1;
        for (String name : text.people(260)) {
            people.add(new Entity(id++, "PERSON", name));
        }
        for (String name : text.organisations()) {
            people.add(new Entity(id++, "ORGANIZATION", name));
        }
        for (String name : SyntheticText.PLACES) {
            places.add(new Entity(id++, "LOCATION", name));
        }
    }

    private void makeTargetEvents(int count) {
        int made = 0;
        while (made < count) {
            int roll = random.nextInt(100);
            int reports = Math.min(count - made, roll < 60 ? 1 : roll < 80 ? 2 : roll < 90 ? 3 : roll < 97 ? 4 : 5);
            int day = random.nextInt(DAYS);
            String type = text.type();
            Entity place = random.nextInt(10) < 7 ? places.get(random.nextInt(places.size())) : null;
            List<Entity> others = distinct(people, 2 + random.nextInt(2));
            String modality = modality();
            List<StoredEvent> happening = new ArrayList<>();
            for (int document : documentsAround(day, reports)) {
                StoredEvent e = new StoredEvent();
                e.document = document;
                e.type = type;
                e.modality = modality;
                e.place = place != null && random.nextInt(10) < 8 ? place : null;
                List<Part> parts = new ArrayList<>();
                List<Entity> mentioned = new ArrayList<>(others.subList(0, 1 + random.nextInt(others.size())));
                if (mentioned.size() < 2 && others.size() > 1) {
                    mentioned.add(others.get(1));
                }
                boolean agent = random.nextInt(10) < 6;
                if (agent) {
                    parts.add(new Part(TARGET, TARGET_NAME, "AGENT"));
                }
                for (Entity o : mentioned) {
                    parts.add(part(o, parts.isEmpty() ? "AGENT" : "PARTICIPANT"));
                }
                if (!agent) {
                    parts.add(new Part(TARGET, TARGET_NAME, random.nextBoolean() ? "TARGET" : "PARTICIPANT"));
                }
                e.parts = parts;
                date(e, FIRST_DAY.plusDays(day), documentDay(document, documents));
                happening.add(e);
                byDocument.get(document).add(e);
            }
            happenings.add(happening);
            made += happening.size();
        }
    }

    private void makeOtherEvents(int count) {
        for (int i = 0; i < count; i++) {
            StoredEvent e = new StoredEvent();
            e.document = random.nextInt(documents);
            e.type = text.type();
            e.modality = modality();
            e.place = random.nextInt(10) < 6 ? places.get(random.nextInt(places.size())) : null;
            List<Part> parts = new ArrayList<>();
            for (Entity o : distinct(people, 2 + random.nextInt(2))) {
                parts.add(part(o, parts.isEmpty() ? "AGENT" : "PARTICIPANT"));
            }
            e.parts = parts;
            LocalDate published = documentDay(e.document, documents);
            date(e, published.minusDays(random.nextInt(6)), published);
            byDocument.get(e.document).add(e);
        }
    }

    /** Some participants are names the analysis could not tie to an entity. */
    private Part part(Entity e, String role) {
        return random.nextInt(100) < 5 ? new Part(null, e.name(), role) : new Part(e.id(), e.name(), role);
    }

    private String modality() {
        int roll = random.nextInt(100);
        return roll < 88 ? "ASSERTED" : roll < 94 ? "REPORTED" : roll < 98 ? "PLANNED" : "NEGATED";
    }

    /** About 10% undated; of the rest most are days (a few a day off), some months and years. */
    private void date(StoredEvent e, LocalDate day, LocalDate published) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            e.when = "again";
            return;
        }
        if (roll < 80) {
            LocalDate d = random.nextInt(100) < 4 ? day.plusDays(random.nextBoolean() ? 1 : -1) : day;
            e.dateValue = d.toString();
            e.start = d;
            e.end = d;
            e.granularity = "DAY";
            e.dateSource = d.equals(published) && random.nextBoolean() ? "DOCUMENT_DATE"
                    : random.nextInt(3) == 0 ? "GOVERNING_EXPRESSION" : "SAME_SENTENCE";
            e.when = d.equals(published) ? "on " + SyntheticText.weekday(d) : "on " + SyntheticText.dayMonth(d);
        } else if (roll < 92) {
            e.dateValue = day.toString().substring(0, 7);
            e.start = day.withDayOfMonth(1);
            e.end = day.withDayOfMonth(day.lengthOfMonth());
            e.granularity = "MONTH";
            e.dateSource = random.nextBoolean() ? "SAME_SENTENCE" : "NARRATIVE";
            e.when = "in " + SyntheticText.month(day);
        } else {
            e.dateValue = String.valueOf(day.getYear());
            e.start = day.withDayOfYear(1);
            e.end = day.withDayOfYear(day.lengthOfYear());
            e.granularity = "YEAR";
            e.dateSource = "NARRATIVE";
            e.when = "in " + day.getYear();
        }
    }

    /** {@code count} different documents published on the day or in the two days after (or the nearest ones). */
    private List<Integer> documentsAround(int day, int count) {
        int lo = firstDocumentOn(day);
        int hi = Math.max(firstDocumentOn(day + 3), lo + count);
        hi = Math.min(hi, documents);
        lo = Math.min(lo, hi - count);
        List<Integer> range = new ArrayList<>();
        for (int d = lo; d < hi; d++) {
            range.add(d);
        }
        Collections.shuffle(range, random);
        return range.subList(0, count);
    }

    private int firstDocumentOn(int day) {
        int d = (int) Math.ceil((double) day * documents / DAYS);
        while (d > 0 && documentDay(d - 1, documents).isAfter(FIRST_DAY.plusDays(day - 1L))) {
            d--;
        }
        while (d < documents && documentDay(d, documents).isBefore(FIRST_DAY.plusDays(day))) {
            d++;
        }
        return Math.min(d, documents);
    }

    private <T> List<T> distinct(List<T> from, int count) {
        List<T> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            T t = from.get(random.nextInt(from.size()));
            if (!picked.contains(t)) {
                picked.add(t);
            }
        }
        return picked;
    }

    /** Gives every event its sentence, its offsets in its document and its id, in document and text order. */
    private void place() {
        long id = 1;
        for (List<StoredEvent> events : byDocument) {
            Collections.shuffle(events, random);
            int offset = 200 + random.nextInt(200);
            int sentence = 1 + random.nextInt(3);
            for (StoredEvent e : events) {
                text.write(e);
                e.id = id++;
                e.sentenceIndex = sentence;
                e.sentenceBegin = offset;
                int at = e.sentence.indexOf(" " + e.trigger + " ");
                if (at < 0) {
                    throw new IllegalStateException("no trigger \"" + e.trigger + "\" in: " + e.sentence);
                }
                e.triggerBegin = offset + at + 1;
                offset += e.sentence.length() + 1 + random.nextInt(600);
                sentence += 1 + random.nextInt(4);
            }
        }
    }

    /**
     * 50 decisions: 30 joins of an undated report to a dated report of the same happening (the machine never joins
     * undated ones) and 20 splits of two same-day reports the machine would join.
     */
    private List<EventLink> editorLinks() {
        List<EventLink> links = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        int same = 0;
        int different = 0;
        for (List<StoredEvent> h : happenings) {
            StoredEvent undated = h.stream().filter(e -> e.dateValue == null).findFirst().orElse(null);
            StoredEvent dated = h.stream().filter(e -> "DAY".equals(e.granularity)).findFirst().orElse(null);
            if (same < 30 && undated != null && dated != null) {
                links.add(new EventLink(EventLinkKind.SAME, undated.key(), dated.key(), "editor",
                        "the follow-up story is about the same " + undated.trigger,
                        at.plusMinutes(links.size()).toInstant()));
                same++;
            } else if (different < 20 && h.size() >= 2 && "DAY".equals(h.get(0).granularity)
                    && "DAY".equals(h.get(1).granularity) && h.get(0).start.equals(h.get(1).start)) {
                links.add(new EventLink(EventLinkKind.DIFFERENT, h.get(0).key(), h.get(1).key(), "editor",
                        "two separate encounters that day", at.plusMinutes(links.size()).toInstant()));
                different++;
            }
            if (links.size() == 50) {
                break;
            }
        }
        return links;
    }

    /** The seeded event types, code to name, as the server reads them. */
    static Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        SeedKnowledge.eventTypes().forEach(t -> names.put(t.rule().code(), t.rule().name()));
        return names;
    }
}
