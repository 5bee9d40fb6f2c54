package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.DocumentText;
import io.storyline.domain.document.ExtractedMetadata;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.NearDuplicate;
import io.storyline.domain.document.PublicationDate;
import io.storyline.domain.tag.DocumentTag;
import io.storyline.domain.tag.TagName;
import io.storyline.domain.tag.TagOrigin;
import io.storyline.domain.tag.TagRepository;
import io.storyline.ingestion.dedup.NearDuplicateLinker;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.platform.messaging.PipelineQueues;
import io.storyline.platform.search.SearchRecords;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each step of a document through extraction, in a transaction of its own: the row changes, its history and
 * the message to the next stage commit together or not at all.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DocumentSteps {

    static final String SYSTEM = "pipeline";

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueues queues;

    @Inject
    NearDuplicateLinker nearDuplicates;

    @Inject
    PipelineSettings settings;

    @Inject
    SearchRecords searchRecords;

    @Inject
    TagRepository tags;

    @Inject
    Clock clock;

    /** Takes a received document for extraction; empty when it is not (any more) waiting. */
    public Optional<Claim> claim(long id, String worker) {
        Optional<Document> found = documents.find(id).filter(d -> d.status() == DocumentStatus.RECEIVED);
        found.ifPresent(d -> {
            Instant now = clock.instant();
            d.claimForExtraction(worker, now);
            documents.record(new HistoryEntry(id, Step.EXTRACTION_STARTED, SYSTEM,
                    "attempt " + d.attempts() + " on " + worker, now));
        });
        return found.map(d -> new Claim(d.id(), d.sha256(), d.filename(), d.mediaType(), d.uploadedAt(), d.uploadedBy(),
                d.archiveDepth(), d.attempts(), d.description().publisher().orElse(null), uploadDate(d),
                d.readingDay()));
    }

    /** The date given at upload, which an archive passes on to its files; only archives need it. */
    private static String uploadDate(Document d) {
        return d.isArchive() ? d.dateGivenAtUpload().map(PublicationDate::iso).orElse(null) : null;
    }

    /**
     * Stores the text and metadata, links near-duplicates by the text's MinHash {@code signature} (computed before,
     * outside the transaction), and announces the document to analysis.
     */
    public void complete(long id, Extraction extraction, int[] signature) {
        Document document = claimed(id);
        Instant now = clock.instant();
        documents.saveText(new DocumentText(id, extraction.text()));
        document.completeExtraction(extraction.metadata(), settings.dateResolver(), now);
        documents.record(new HistoryEntry(id, Step.EXTRACTED, SYSTEM, summary(document, extraction), now));
        tagSubjects(id, extraction.subjects(), now);
        searchRecords.refresh(id);
        List<NearDuplicate> pairs = nearDuplicates.link(id, signature, now);
        if (!pairs.isEmpty()) {
            documents.record(new HistoryEntry(id, Step.NEAR_DUPLICATE_FOUND, SYSTEM, pairs.stream()
                    .map(p -> "document " + p.other(id) + String.format(java.util.Locale.ROOT, " (%.0f%%)", p.similarity() * 100))
                    .collect(Collectors.joining(", ")), now));
        }
        queues.announceExtracted(id);
    }

    /**
     * The file's own subjects (a wire story's) become its AUTO tags: a subject is made a tag name by turning the
     * characters a tag may not hold into spaces; one a person took off the document stays off when the file is read
     * again; at most {@value TagName#MAX_PER_REQUEST} are taken.
     */
    private void tagSubjects(long id, List<String> subjects, Instant now) {
        if (subjects.isEmpty()) {
            return;
        }
        Set<String> takenOff = documents.history(id).stream().filter(h -> h.step() == Step.UNTAGGED)
                .map(h -> h.detail().orElse("")).collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        for (String subject : subjects) {
            String name = subject.replaceAll("[^\\p{L}\\p{M}\\p{N} \\-_./&']+", " ").strip();
            name = name.length() > TagName.MAX_LENGTH ? name.substring(0, TagName.MAX_LENGTH) : name;
            if (name.isEmpty() || added.size() == TagName.MAX_PER_REQUEST) {
                continue;
            }
            try {
                name = TagName.canonical(name);
            } catch (IllegalArgumentException e) {
                continue; // a cut that ends in half a character: no tag rather than a wrong one
            }
            if (!takenOff.contains(name) && !added.contains(name)
                    && tags.add(new DocumentTag(id, name, TagOrigin.AUTO, SYSTEM, now))) {
                added.add(name);
            }
        }
        if (!added.isEmpty()) {
            documents.record(new HistoryEntry(id, Step.TAGGED, SYSTEM, "the file's subjects: "
                    + String.join(", ", added), now));
        }
    }

    /** An archive whose files were all taken in: its text is the list of its files. */
    public void completeArchive(long id, List<String> files, int rejected) {
        Document document = claimed(id);
        Instant now = clock.instant();
        String listing = String.join("\n", files);
        documents.saveText(new DocumentText(id, listing));
        document.completeExtraction(new ExtractedMetadata(null, null, null, null, null, null, null, listing.length(),
                false, List.of()), settings.dateResolver(), now);
        searchRecords.refresh(id);
        documents.record(new HistoryEntry(id, Step.ARCHIVE_EXPANDED, SYSTEM, files.size() + " file(s) taken in"
                + (rejected > 0 ? ", " + rejected + " refused (see the archive's history)" : ""), now));
        queues.announceExtracted(id);
    }

    public void fail(long id, FailureReason reason, String message) {
        documents.find(id).filter(d -> !d.status().isFinal()).ifPresent(d -> {
            Instant now = clock.instant();
            d.markFailed(reason, message, now);
            documents.record(new HistoryEntry(id, Step.FAILED, SYSTEM, reason + ": " + message, now));
        });
    }

    /** Gives a claimed document back and asks for it again after {@code delay}. */
    public void release(long id, String why, Duration delay) {
        documents.find(id).filter(d -> d.status() == DocumentStatus.EXTRACTING).ifPresent(d -> {
            Instant now = clock.instant();
            d.releaseClaim(now);
            documents.record(new HistoryEntry(id, Step.EXTRACTION_DEFERRED, SYSTEM, why, now));
            queues.requestExtraction(id, delay);
        });
    }

    /** Notes something about a document in its history. */
    public void note(long id, Step step, String detail) {
        documents.record(new HistoryEntry(id, step, SYSTEM, detail, clock.instant()));
    }

    private Document claimed(long id) {
        Document document = documents.findWhole(id)
                .orElseThrow(() -> new IllegalStateException("document " + id + " vanished during extraction"));
        if (document.status() != DocumentStatus.EXTRACTING) {
            throw new IllegalStateException("document " + id + " is " + document.status() + ", no longer claimed");
        }
        return document;
    }

    private static String summary(Document document, Extraction extraction) {
        StringBuilder s = new StringBuilder(extraction.text().length() + " characters");
        if (extraction.metadata().pageCount() != null) {
            s.append(", ").append(extraction.metadata().pageCount()).append(" page(s)");
        }
        document.description().language().ifPresent(l -> s.append(", language ").append(l));
        document.publicationDate().ifPresent(p -> s.append(", published ").append(p.iso()).append(" (")
                .append(p.source()).append(')'));
        if (!document.dateFlags().isEmpty()) {
            s.append(", date flags ").append(document.dateFlags());
        }
        if (extraction.metadata().textTruncated()) {
            s.append(", text cut at the limit");
        }
        // How the file was read (which reader, which charset and why) is its extraction provenance.
        extraction.notes().forEach(note -> s.append("; ").append(note));
        return s.toString();
    }
}
