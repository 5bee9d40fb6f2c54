package io.storyline.web.admin.monitor;

import io.storyline.domain.imports.ImportJob;
import io.storyline.ingestion.monitor.FailureGroup;
import io.storyline.ingestion.monitor.StageState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /api/monitor}.
 *
 * @param at       when the figures were read
 * @param stages   extraction and analysis
 * @param failures failed documents by stage and reason, largest group first
 * @param imports  running imports and the latest ones
 */
public record MonitorJson(Instant at, List<StageJson> stages, List<FailureJson> failures, List<ImportSummaryJson> imports) {

    /**
     * One stage. {@code timeLeftSeconds} is {@code null} and {@code timeLeft} "unknown" when documents wait and none
     * finished the stage in the last hour; {@code oldestWaitingSeconds} is {@code null} when none waits.
     */
    public record StageJson(String stage, long waiting, long inProgress, long backlog, Long oldestWaitingSeconds,
                            int workers, long finishedLast5Minutes, long finishedLast60Minutes,
                            double perMinuteLast5Minutes, double perMinuteLast60Minutes, Long timeLeftSeconds,
                            String timeLeft) {

        static StageJson of(StageState s) {
            return new StageJson(s.stage().name(), s.waiting(), s.inProgress(), s.backlog(),
                    s.oldestWaitingAge().map(Duration::toSeconds).orElse(null), s.workers(),
                    s.throughput().lastFiveMinutes(), s.throughput().lastHour(),
                    round(s.throughput().perMinuteLastFiveMinutes()), round(s.throughput().perMinuteLastHour()),
                    s.timeLeft().map(Duration::toSeconds).orElse(null), MonitorFormat.timeLeft(s));
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }

    /** One group of failures, with the documents-table query that lists it and its latest documents. */
    public record FailureJson(String stage, String reason, long count, Instant newest, String documents,
                              boolean reanalysable, List<ExampleJson> examples) {

        static FailureJson of(FailureGroup g) {
            return new FailureJson(g.stage().name(), g.reason().name(), g.count(), g.newest(),
                    "api/documents?status=FAILED&reason=" + g.reason().name(), g.reanalysable(),
                    g.examples().stream().map(e -> new ExampleJson(e.documentId(), e.title(), e.message(),
                            e.failedAt())).toList());
        }
    }

    public record ExampleJson(long id, String title, String message, Instant failedAt) {
    }

    /** An import in brief; {@code /api/imports/{id}} has the rest, and stops and resumes it. */
    public record ImportSummaryJson(long id, String source, String status, long total, long done, long failed,
                                    Double rate, Long secondsLeft) {

        static ImportSummaryJson of(ImportJob job, Instant now) {
            return new ImportSummaryJson(job.id(), job.sourcePath(), job.status().name(), job.total(), job.done(),
                    job.failed(), job.rate(now).map(r -> Math.round(r * 100) / 100.0).orElse(null),
                    job.timeLeft(now).map(Duration::toSeconds).orElse(null));
        }
    }
}
