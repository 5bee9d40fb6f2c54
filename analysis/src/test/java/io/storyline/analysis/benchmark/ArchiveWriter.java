package io.storyline.analysis.benchmark;

import io.storyline.analysis.benchmark.TimelineArchive.Entity;
import io.storyline.analysis.benchmark.TimelineArchive.Part;
import io.storyline.analysis.benchmark.TimelineArchive.StoredEvent;
import io.storyline.domain.timeline.EventLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the benchmark archive with plain JDBC batches and explicit ids (the sequences stay untouched), filling
 * every column the migrations declare NOT NULL the way ingestion and analysis would.
 */
final class ArchiveWriter {

    private final Connection c;
    private final Random random;
    private final SyntheticText text;

    ArchiveWriter(Connection c, Random random, SyntheticText text) {
        this.c = c;
        this.random = random;
        this.text = text;
    }

    void entities(List<Entity> all) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into entity (id, version, type, name, name_key,"
                + " last_name_key, created_at) values (?, 0, ?, ?, ?, ?, ?)")) {
            for (Entity e : all) {
                s.setLong(1, e.id());
                s.setString(2, e.type());
                s.setString(3, e.name());
                s.setString(4, e.name().toLowerCase(Locale.ROOT));
                s.setString(5, "PERSON".equals(e.type())
                        ? e.name().substring(e.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT) : null);
                s.setObject(6, OffsetDateTime.of(2025, 1, 10, 12, 0, 0, 0, ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    void documents(int documents) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into document (id, version, sha256, filename,"
                + " media_type, size_bytes, title, publisher, language, language_source, published_date,"
                + " published_source, status, uploaded_by, uploaded_at, updated_at, text_length, extracted_at,"
                + " analyzed_at, reference_date, reference_source) values (?, 3, ?, ?, 'text/html', ?, ?, ?, 'en',"
                + " 'DETECTED', ?, ?, 'ANALYZED', 'archivist', ?, ?, ?, ?, ?, ?, ?)")) {
            for (int d = 0; d < documents; d++) {
                LocalDate day = TimelineArchive.documentDay(d, documents);
                OffsetDateTime uploaded = OffsetDateTime.of(2025, 1, 10, 12, 0, 0, 0, ZoneOffset.UTC)
                        .plusSeconds(d * 7L);
                boolean dated = random.nextInt(100) >= 3;
                String publisher = text.publisher();
                s.setLong(1, d + 1L);
                s.setString(2, String.format("%064x", d + 1L));
                s.setString(3, publisher.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + day + "-"
                        + (d + 1) + ".html");
                s.setLong(4, 20_000 + random.nextInt(80_000));
                s.setString(5, text.headline());
                s.setString(6, publisher);
                s.setObject(7, dated ? day : null);
                s.setString(8, dated ? "JSON_LD" : null);
                s.setObject(9, uploaded);
                s.setObject(10, uploaded.plusMinutes(2));
                s.setLong(11, 3_000 + random.nextInt(9_000));
                s.setObject(12, uploaded.plusSeconds(20));
                s.setObject(13, uploaded.plusMinutes(2));
                s.setObject(14, dated ? day : uploaded.toLocalDate());
                s.setString(15, dated ? "PUBLICATION_DATE" : "UPLOAD_DATE");
                s.addBatch();
                if (d % 1000 == 999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    int events(List<List<StoredEvent>> byDocument) throws SQLException {
        int participants = 0;
        try (PreparedStatement s = c.prepareStatement("insert into event (id, document_id, type_code, trigger_text,"
                + " trigger_begin, trigger_end, sentence_index, sentence_begin, sentence_end, sentence,"
                + " place_entity_id, place_name, date_value, date_start, date_end, date_granularity, date_source,"
                + " date_text, modality, confidence, origin, review)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MACHINE', ?)");
                PreparedStatement p = c.prepareStatement("insert into event_participant (event_id, position,"
                        + " entity_id, name, role) values (?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (List<StoredEvent> events : byDocument) {
                for (StoredEvent e : events) {
                    s.setLong(1, e.id);
                    s.setLong(2, e.document + 1L);
                    s.setString(3, e.type);
                    s.setString(4, e.trigger);
                    s.setInt(5, e.triggerBegin);
                    s.setInt(6, e.triggerBegin + e.trigger.length());
                    s.setInt(7, e.sentenceIndex);
                    s.setInt(8, e.sentenceBegin);
                    s.setInt(9, e.sentenceBegin + e.sentence.length());
                    s.setString(10, e.sentence);
                    s.setObject(11, e.place == null ? null : e.place.id());
                    s.setString(12, e.place == null ? null : e.place.name());
                    s.setString(13, e.dateValue);
                    s.setObject(14, e.start);
                    s.setObject(15, e.end);
                    s.setString(16, e.granularity);
                    s.setString(17, e.dateSource);
                    s.setString(18, e.dateValue == null ? null : e.when);
                    s.setString(19, e.modality);
                    s.setDouble(20, 0.55 + random.nextInt(45) / 100.0);
                    s.setString(21, random.nextInt(100) < 5 ? "ACCEPTED" : "UNREVIEWED");
                    s.addBatch();
                    for (int i = 0; i < e.parts.size(); i++) {
                        Part part = e.parts.get(i);
                        p.setLong(1, e.id);
                        p.setInt(2, i);
                        p.setObject(3, part.entityId());
                        p.setString(4, part.name());
                        p.setString(5, part.role());
                        p.addBatch();
                        participants++;
                    }
                    if (++batched % 1000 == 0) {
                        s.executeBatch();
                        p.executeBatch();
                    }
                }
            }
            s.executeBatch();
            p.executeBatch();
        }
        return participants;
    }

    void links(List<EventLink> links) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into event_link (id, kind, a_document_id, a_begin,"
                + " a_end, b_document_id, b_begin, b_end, reason, decided_by, decided_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = 1;
            for (EventLink l : links) {
                s.setLong(1, id++);
                s.setString(2, l.kind().name());
                s.setLong(3, l.a().documentId());
                s.setInt(4, l.a().begin());
                s.setInt(5, l.a().end());
                s.setLong(6, l.b().documentId());
                s.setInt(7, l.b().begin());
                s.setInt(8, l.b().end());
                s.setString(9, l.reason().orElse(null));
                s.setString(10, l.decidedBy());
                s.setObject(11, l.decidedAt().atOffset(ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
