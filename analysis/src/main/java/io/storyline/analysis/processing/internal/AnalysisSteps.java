package io.storyline.analysis.processing.internal;

import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.ReferenceSource;
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
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Each step of a document through analysis, in a transaction of its own: the row, its results and its history
 * commit together or not at all.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnalysisSteps {

    static final String SYSTEM = "analysis";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(AnalysisSteps.class.getName());

    @Inject
    DocumentRepository documents;

    @Inject
    ResultWriter results;

    @Inject
    PipelineQueues queues;

    @Inject
    SearchRecords searchRecords;

    @Inject
    Clock clock;

    /** Takes an extracted document for analysis; empty when it is not (any more) waiting or has no text. */
    public Optional<AnalysisJob> claim(long id, String worker) {
        Optional<Document> any = documents.find(id);
        Optional<Document> found = any.filter(d -> d.status() == DocumentStatus.EXTRACTED);
        if (found.isEmpty()) {
            any.filter(d -> d.status() == DocumentStatus.EXTRACTING || d.status() == DocumentStatus.RECEIVED)
                    .ifPresent(d -> LOG.info(() -> "Analysis was asked for document " + id + " while it is still "
                            + d.status() + "; it will be asked again once extracted"));
            return Optional.empty();
        }
        Document d = found.get();
        Instant now = clock.instant();
        d.claimForAnalysis(worker, now);
        documents.record(new HistoryEntry(id, Step.ANALYSIS_STARTED, SYSTEM,
                "attempt " + d.analysisAttempts() + " on " + worker, now));
        String text = documents.text(id).orElse("");
        return Optional.of(new AnalysisJob(id, text, d.referenceDay(), d.referenceDaySource(),
                d.description().language().orElse(null), d.mediaType(), d.analysisAttempts()));
    }

    /** The length of a waiting (extracted) document's text; empty when the document is not waiting. */
    public OptionalInt waitingTextLength(long id) {
        boolean waiting = documents.find(id).filter(d -> d.status() == DocumentStatus.EXTRACTED).isPresent();
        return waiting ? documents.textLength(id) : OptionalInt.empty();
    }

    /**
     * Leaves a waiting document unclaimed for now, and asks for it again after {@code delay}: no attempt is spent.
     * Its history says why.
     */
    public void defer(long id, String why, Duration delay) {
        documents.find(id).filter(d -> d.status() == DocumentStatus.EXTRACTED).ifPresent(d -> {
            documents.record(new HistoryEntry(id, Step.ANALYSIS_DEFERRED, SYSTEM, why, clock.instant()));
            queues.requestAnalysis(id, delay);
        });
    }

    /** Stores what analysis found in place of the machine's earlier results, re-applying people's decisions. */
    public void complete(long id, DocumentAnalysis analysis, LocalDate reference, ReferenceSource source,
                         String remark) {
        Document document = claimed(id);
        Instant now = clock.instant();
        Instant claimedAt = document.claimedAt().orElse(now);
        ResultWriter.Written written = results.write(id, analysis);
        document.completeAnalysis(reference, source, now);
        searchRecords.refresh(id);
        String against = source == ReferenceSource.PUBLICATION_DATE
                ? "dates resolved against the publication date " + reference
                : "dates resolved against the upload date " + reference + " (no publication date is known)";
        documents.record(new HistoryEntry(id, Step.ANALYZED, SYSTEM, written.summary() + "; " + against
                + (remark == null ? "" : "; " + remark), now));
        againIfAskedMeanwhile(document, claimedAt, now);
    }

    /** A decision or a re-analysis request that came while the document was analysed gets another round. */
    private void againIfAskedMeanwhile(Document document, Instant claimedAt, Instant now) {
        boolean asked = documents.history(document.id()).stream()
                .anyMatch(h -> (h.step() == Step.DECISION_RECORDED || h.step() == Step.REANALYSIS_REQUESTED)
                        && h.at().isAfter(claimedAt) && !h.actor().equals(SYSTEM));
        if (asked) {
            document.reanalyze(now);
            documents.record(new HistoryEntry(document.id(), Step.REANALYSIS_REQUESTED, SYSTEM,
                    "a decision or request came in during the analysis", now));
            queues.announceExtracted(document.id());
        }
    }

    /** Finishes a document analysis does not read (another language, an archive's listing), saying why. */
    public void skip(long id, String why) {
        Document document = claimed(id);
        Instant now = clock.instant();
        results.clear(id);
        document.completeAnalysis(document.referenceDay(), document.referenceDaySource(), now);
        searchRecords.refresh(id);
        documents.record(new HistoryEntry(id, Step.ANALYZED, SYSTEM, "not analysed: " + why, now));
    }

    public void fail(long id, FailureReason reason, String message) {
        documents.find(id).filter(d -> d.status() == DocumentStatus.ANALYZING).ifPresent(d -> {
            Instant now = clock.instant();
            d.markFailed(reason, message, now);
            documents.record(new HistoryEntry(id, Step.FAILED, SYSTEM, reason + " in analysis: " + message, now));
        });
    }

    /** Gives a claimed document back and asks for it again after {@code delay}. */
    public void release(long id, String why, Duration delay) {
        documents.find(id).filter(d -> d.status() == DocumentStatus.ANALYZING).ifPresent(d -> {
            Instant now = clock.instant();
            d.releaseAnalysisClaim(now);
            documents.record(new HistoryEntry(id, Step.ANALYSIS_DEFERRED, SYSTEM, why, now));
            queues.requestAnalysis(id, delay);
        });
    }

    private Document claimed(long id) {
        Document document = documents.find(id)
                .orElseThrow(() -> new IllegalStateException("document " + id + " vanished during analysis"));
        if (document.status() != DocumentStatus.ANALYZING) {
            throw new IllegalStateException("document " + id + " is " + document.status() + ", no longer claimed");
        }
        return document;
    }
}
