package io.storyline.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private final Instant start = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void progressCountsEveryOutcomeAndEstimatesTheTimeLeft() {
        ImportJob job = new ImportJob(ImportJob.SourceKind.FOLDER, "/data/import/wire", null, "admin", start);
        job.beginRun(start);
        assertEquals(ImportJob.Status.LISTING, job.status());
        job.listedItems(100);

        for (int i = 0; i < 10; i++) {
            job.itemImported();
        }
        for (int i = 0; i < 5; i++) {
            job.itemDuplicate();
        }
        for (int i = 0; i < 5; i++) {
            job.itemFailed();
        }

        Instant later = start.plusSeconds(10);
        assertEquals(20, job.done());
        assertEquals(2.0, job.rate(later).orElseThrow(), 1e-9);
        assertEquals(Duration.ofSeconds(40), job.timeLeft(later).orElseThrow());
    }

    @Test
    void aResumedRunKeepsItsCountsAndSkipsListing() {
        ImportJob job = new ImportJob(ImportJob.SourceKind.ZIP, "/data/import/a.zip", "AP", "admin", start);
        job.beginRun(start);
        job.listedItems(3);
        job.itemImported();
        job.stop(start.plusSeconds(5));
        assertEquals(ImportJob.Status.STOPPED, job.status());

        job.beginRun(start.plusSeconds(60));

        assertEquals(ImportJob.Status.RUNNING, job.status());
        assertEquals(1, job.imported());
        assertTrue(job.rate(start.plusSeconds(61)).isEmpty(), "no item yet in this run");
    }
}
