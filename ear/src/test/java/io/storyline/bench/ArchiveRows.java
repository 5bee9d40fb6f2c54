package io.storyline.bench;

import io.storyline.bench.ArchiveGenerator.Doc;
import io.storyline.bench.NewsArticles.Entity;
import io.storyline.bench.NewsArticles.Event;
import io.storyline.bench.NewsArticles.Mention;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rows of generated documents, batched per table: the document as extraction and analysis leave it (status
 * ANALYZED), its text, mentions, events with participants, tags, and its search record (what
 * {@code SearchRecords.refresh} would have written).
 */
final class ArchiveRows implements AutoCloseable {

    private final PreparedStatement document;
    private final PreparedStatement text;
    private final PreparedStatement mention;
    private final PreparedStatement event;
    private final PreparedStatement participant;
    private final PreparedStatement tag;
    private final PreparedStatement record;
    private long mentionId = 1;
    private long eventId = 1;
    private long tagId = 1;

    ArchiveRows(Connection c) throws SQLException {
        document = c.prepareStatement("INSERT INTO document (id, version, sha256, filename, media_type, size_bytes,"
                + " title, byline, publisher, url, language, language_source, published_date, published_source,"
                + " status, uploaded_by, uploaded_at, updated_at, archive_depth, page_count, text_length,"
                + " text_truncated, attempts, extracted_at, analysis_attempts, analyzed_at, reference_date,"
                + " reference_source) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DETECTED', ?, ?, 'ANALYZED', ?, ?, ?,"
                + " 0, ?, ?, FALSE, 1, ?, 1, ?, ?, ?)");
        text = c.prepareStatement("INSERT INTO document_text (document_id, content) VALUES (?, ?)");
        mention = c.prepareStatement("INSERT INTO mention (id, document_id, entity_id, begin_offset, end_offset, text,"
                + " type, sentence_index, found_by, origin, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RECOGNISER',"
                + " 'MACHINE', 'UNREVIEWED')");
        event = c.prepareStatement("INSERT INTO event (id, document_id, type_code, trigger_text, trigger_begin,"
                + " trigger_end, sentence_index, sentence_begin, sentence_end, sentence, place_entity_id, place_name,"
                + " date_value, date_start, date_end, date_granularity, date_source, modality, confidence, origin,"
                + " review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DAY', 'DOCUMENT_DATE', 'ASSERTED',"
                + " 0.8, 'MACHINE', 'UNREVIEWED')");
        participant = c.prepareStatement("INSERT INTO event_participant (event_id, position, entity_id, name, role)"
                + " VALUES (?, ?, ?, ?, ?)");
        tag = c.prepareStatement("INSERT INTO document_tag (id, document_id, name, origin, tagged_by, tagged_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        record = c.prepareStatement("INSERT INTO search_record (document_id, title, filename, publisher, language,"
                + " media_type, uploaded_by, uploaded_at, published_date, entity_ids, entity_types, event_types, tags,"
                + " refreshed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void add(Doc d, String byline) throws SQLException {
        String body = d.article().text();
        LocalDate reference = d.published() != null ? d.published() : d.uploaded().toLocalDate();
        OffsetDateTime extracted = d.uploaded().plusSeconds(20);
        OffsetDateTime analyzed = d.uploaded().plusSeconds(95);
        String filename = d.filename();
        int i = 1;
        document.setLong(i++, d.id());
        document.setString(i++, d.sha256());
        document.setString(i++, filename);
        document.setString(i++, d.mediaType());
        document.setLong(i++, (long) body.length() * factor(d.mediaType()));
        document.setString(i++, d.article().title());
        document.setString(i++, "By " + byline);
        document.setString(i++, d.publisher());
        document.setString(i++, d.mediaType().equals("text/html") ? "https://"
                + d.publisher().toLowerCase(Locale.ROOT).replace("the ", "").replace(' ', '-') + ".example/"
                + reference.toString().replace('-', '/') + "/" + filename.replace(".html", "") : null);
        document.setString(i++, d.language());
        document.setObject(i++, d.published());
        document.setString(i++, d.published() == null ? null : d.mediaType().equals("application/pdf") ? "PDF_INFO"
                : "META");
        document.setString(i++, d.uploader());
        document.setObject(i++, d.uploaded());
        document.setObject(i++, analyzed);
        if (d.mediaType().equals("application/pdf")) {
            document.setInt(i++, 1 + body.length() / 2500);
        } else {
            document.setNull(i++, Types.INTEGER);
        }
        document.setLong(i++, body.length());
        document.setObject(i++, extracted);
        document.setObject(i++, analyzed);
        document.setObject(i++, reference);
        document.setString(i, d.published() != null ? "PUBLICATION_DATE" : "UPLOAD_DATE");
        document.addBatch();

        text.setLong(1, d.id());
        text.setString(2, body);
        text.addBatch();

        TreeSet<String> entityIds = new TreeSet<>();
        TreeSet<String> entityTypes = new TreeSet<>();
        for (Mention m : d.article().mentions()) {
            mention.setLong(1, mentionId++);
            mention.setLong(2, d.id());
            mention.setLong(3, m.entity().id());
            mention.setInt(4, m.begin());
            mention.setInt(5, m.end());
            mention.setString(6, m.entity().name());
            mention.setString(7, m.entity().type());
            mention.setInt(8, m.sentence());
            mention.addBatch();
            entityIds.add(String.valueOf(m.entity().id()));
            entityTypes.add(m.entity().type());
        }
        TreeSet<String> eventTypes = new TreeSet<>();
        for (Event e : d.article().events()) {
            addEvent(d.id(), e, reference);
            eventTypes.add(e.type());
        }
        for (String name : d.tags()) {
            tag.setLong(1, tagId++);
            tag.setLong(2, d.id());
            tag.setString(3, name);
            boolean manual = name.hashCode() % 3 == 0;
            tag.setString(4, manual ? "MANUAL" : "AUTO");
            tag.setString(5, manual ? d.uploader() : "storyline");
            tag.setObject(6, analyzed);
            tag.addBatch();
        }

        i = 1;
        record.setLong(i++, d.id());
        record.setString(i++, d.article().title());
        record.setString(i++, filename);
        record.setString(i++, d.publisher());
        record.setString(i++, d.language());
        record.setString(i++, d.mediaType());
        record.setString(i++, d.uploader());
        record.setObject(i++, d.uploaded());
        record.setObject(i++, d.published());
        record.setString(i++, entityIds.isEmpty() ? null : String.join(" ", entityIds));
        record.setString(i++, entityTypes.isEmpty() ? null : String.join(" ", entityTypes));
        record.setString(i++, eventTypes.isEmpty() ? null : String.join(" ", eventTypes));
        record.setString(i++, d.tags().isEmpty() ? null : d.tags().stream().sorted().collect(Collectors.joining("\n")));
        record.setObject(i, analyzed);
        record.addBatch();
    }

    private void addEvent(long documentId, Event e, LocalDate day) throws SQLException {
        long id = eventId++;
        int i = 1;
        event.setLong(i++, id);
        event.setLong(i++, documentId);
        event.setString(i++, e.type());
        event.setString(i++, e.trigger());
        event.setInt(i++, e.triggerBegin());
        event.setInt(i++, e.triggerEnd());
        event.setInt(i++, e.sentence());
        event.setInt(i++, e.sentenceBegin());
        event.setInt(i++, e.sentenceEnd());
        event.setString(i++, e.sentenceText().length() > 4000 ? e.sentenceText().substring(0, 4000) : e.sentenceText());
        if (e.place() != null) {
            event.setLong(i++, e.place().id());
            event.setString(i++, e.place().name());
        } else {
            event.setNull(i++, Types.BIGINT);
            event.setNull(i++, Types.VARCHAR);
        }
        event.setString(i++, day.toString());
        event.setObject(i++, day);
        event.setObject(i, day);
        event.addBatch();
        List<Entity> people = e.participants();
        for (int p = 0; p < people.size(); p++) {
            participant.setLong(1, id);
            participant.setInt(2, p);
            participant.setLong(3, people.get(p).id());
            participant.setString(4, people.get(p).name());
            participant.setString(5, p == 0 ? "AGENT" : "PARTICIPANT");
            participant.addBatch();
        }
    }

    private static int factor(String mediaType) {
        return switch (mediaType) {
            case "text/html" -> 4;
            case "application/pdf" -> 9;
            case "text/plain" -> 1;
            default -> 3;
        };
    }

    /** Sends the batches, parents first. */
    void flush() throws SQLException {
        for (PreparedStatement s : List.of(document, text, mention, event, participant, tag, record)) {
            s.executeBatch();
        }
    }

    long mentions() {
        return mentionId - 1;
    }

    long events() {
        return eventId - 1;
    }

    long tags() {
        return tagId - 1;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(document, text, mention, event, participant, tag, record)) {
            s.close();
        }
    }
}
