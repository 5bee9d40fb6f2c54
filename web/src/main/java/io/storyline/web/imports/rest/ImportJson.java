package io.storyline.web.imports.rest;

import io.storyline.domain.imports.ImportJob;
import java.time.Instant;

/**
 * An import's progress: counts, items per second in the current run and the time left at that rate.
 *
 * @param done          files with an outcome (imported + duplicates + failed)
 * @param secondsLeft   the estimated time left, while running
 */
public record ImportJson(long id, String source, String kind, String publisher, String status, long total, long done,
                         long imported, long duplicates, long failed, Double rate, Long secondsLeft, String message,
                         String startedBy, Instant createdAt, Instant finishedAt) {

    static ImportJson of(ImportJob job, Instant now) {
        return new ImportJson(job.id(), job.sourcePath(), job.sourceKind().name(), job.publisher().orElse(null),
                job.status().name(), job.total(), job.done(), job.imported(), job.duplicates(), job.failed(),
                job.rate(now).map(r -> Math.round(r * 100) / 100.0).orElse(null),
                job.timeLeft(now).map(java.time.Duration::toSeconds).orElse(null), job.message().orElse(null),
                job.startedBy(), job.createdAt(), job.finishedAt().orElse(null));
    }
}
