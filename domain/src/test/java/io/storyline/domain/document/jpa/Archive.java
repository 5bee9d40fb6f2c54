package io.storyline.domain.document.jpa;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.ExtractedMetadata;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.LanguageSource;
import io.storyline.domain.document.PublicationDate;
import io.storyline.domain.document.PublicationDateResolver;
import io.storyline.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An archive on the test database, filled the way the pipeline fills it: upload, extraction, failure, analysis. */
final class Archive {

    static final PublicationDateResolver DATES = new PublicationDateResolver(LocalDate.of(1900, 1, 1));

    final TestDatabase db;
    final JpaDocumentRepository documents = new JpaDocumentRepository();
    private final AtomicInteger files = new AtomicInteger();

    Archive(TestDatabase db) {
        this.db = db;
        db.inject(documents);
    }

    /** A file just uploaded by {@code by} at {@code at}, with the publisher and date the uploader gave (or null). */
    Document uploaded(String filename, String mediaType, String by, Instant at, String publisher, LocalDate given) {
        String sha = String.format("%064x", files.incrementAndGet());
        Document d = Document.received(sha, filename, mediaType, 1000 + files.get(), by, at);
        d.describeAtUpload(publisher, given == null ? null : PublicationDate.ofDay(given, DateSource.UPLOAD), at);
        return db.inTransaction(em -> {
            return documents.save(d);
        });
    }

    Document uploaded(String filename, Instant at) {
        return uploaded(filename, "text/html", "archivist", at, null, null);
    }

    /** Extraction found a title, a language and the dates, and finished at {@code at}. */
    Document extracted(Document d, String title, String language, Instant at, DateCandidate... dates) {
        return db.inTransaction(em -> {
            Document managed = documents.find(d.id()).orElseThrow();
            managed.claimForExtraction("node-1", at.minusSeconds(5));
            managed.completeExtraction(new ExtractedMetadata(title, null, null, null, language,
                    language == null ? null : LanguageSource.DETECTED, null, 1200, false, List.of(dates)), DATES, at);
            return managed;
        });
    }

    Document failed(Document d, FailureReason reason, String message, Instant at) {
        return db.inTransaction(em -> {
            Document managed = documents.find(d.id()).orElseThrow();
            managed.claimForExtraction("node-1", at.minusSeconds(5));
            managed.markFailed(reason, message, at);
            return managed;
        });
    }

    Document claimed(Document d, String worker, Instant at) {
        return db.inTransaction(em -> {
            Document managed = documents.find(d.id()).orElseThrow();
            managed.claimForExtraction(worker, at);
            return managed;
        });
    }

    static DateCandidate jsonLd(LocalDate day) {
        return DateCandidate.ofDay(DateSource.JSON_LD, day, day.toString());
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
