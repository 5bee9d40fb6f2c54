package io.storyline.ingestion.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.domain.document.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    @Test
    void ratesArePerMinuteOverTheirWindow() {
        Throughput t = new Throughput(30, 120);
        assertEquals(6.0, t.perMinuteLastFiveMinutes());
        assertEquals(2.0, t.perMinuteLastHour());
        assertEquals(6.0, t.recentPerMinute(), "what the workers do now counts");
    }

    @Test
    void timeLeftIsTheBacklogAtTheRecentRateRoundedUpToTheSecond() {
        Throughput t = new Throughput(30, 120); // 6 a minute
        assertEquals(Optional.of(Duration.ofMinutes(10)), t.timeLeft(60));
        assertEquals(Optional.of(Duration.ofSeconds(10)), t.timeLeft(1));
        assertEquals(Optional.of(Duration.ofSeconds(12)), new Throughput(25, 25).timeLeft(1), "5 a minute: 12 s");
        assertEquals(Optional.of(Duration.ofSeconds(22)), new Throughput(14, 14).timeLeft(1), "2.8 a minute: 21.4 s, so 22 s");
    }

    @Test
    void aQuietLastFiveMinutesFallsBackToTheHour() {
        Throughput t = new Throughput(0, 30); // half a document a minute
        assertEquals(0.5, t.recentPerMinute());
        assertEquals(Optional.of(Duration.ofMinutes(20)), t.timeLeft(10));
    }

    @Test
    void nothingFinishedLatelyMakesTheTimeLeftUnknownUnlessNothingWaits() {
        Throughput idle = new Throughput(0, 0);
        assertEquals(Optional.empty(), idle.timeLeft(5));
        assertEquals(Optional.of(Duration.ZERO), idle.timeLeft(0));
        assertEquals(Optional.of(Duration.ZERO), new Throughput(3, 10).timeLeft(0));
    }

    @Test
    void negativeFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Throughput(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Throughput(1, 1).timeLeft(-1));
    }

    @Test
    void theOldestWaitingAgeIsReadAgainstTheMomentOfTheFigures() {
        Instant at = Instant.parse("2026-01-01T12:00:00Z");
        StageState extraction = new StageState(Stage.EXTRACTION, 4, 2, 6, at.minusSeconds(90), 2, new Throughput(12, 12), at);
        assertEquals(Optional.of(Duration.ofSeconds(90)), extraction.oldestWaitingAge());
        assertEquals(Optional.of(Duration.ofSeconds(150)), extraction.timeLeft(), "6 documents at 2.4 a minute");
        StageState empty = new StageState(Stage.ANALYSIS, 0, 0, 0, null, 2, new Throughput(0, 0), at);
        assertEquals(Optional.empty(), empty.oldestWaitingAge());
        assertEquals(Optional.of(Duration.ZERO), empty.timeLeft());
    }
}
