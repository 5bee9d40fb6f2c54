package io.storyline.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.web.audit.RefusalBursts.Key;
import io.storyline.web.audit.RefusalBursts.Summary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalBurstsTest {

    private final RefusalBursts bursts = new RefusalBursts();
    private final Key anna = new Key("anna", "10.0.0.7", "throttled (HTTP Basic)");
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    private void tick(Duration d) {
        now = now.plus(d);
    }

    @Test
    void aBurstIsItsFirstRefusalAndThenOneCount() {
        assertTrue(bursts.refused(anna, now, "curl/8").first(), "the first refusal is written at once");
        Instant second = now.plusMillis(10);
        for (int i = 0; i < 800; i++) {
            tick(Duration.ofMillis(10));
            assertFalse(bursts.refused(anna, now, "curl/8").first());
        }
        assertEquals(List.of(), bursts.due(now.plusSeconds(5), false), "still going on");

        List<Summary> due = bursts.due(now.plus(RefusalBursts.QUIET), false);

        assertEquals(1, due.size());
        assertEquals(800, due.get(0).count());
        assertEquals(second, due.get(0).from());
        assertEquals(now, due.get(0).to());
        assertEquals("throttled (HTTP Basic): refused 800 more times from 10.0.0.7 between 2026-03-01T10:00:00.010Z and "
                + now, due.get(0).text());
        assertEquals(0, bursts.size(), "the burst is over and forgotten");
        assertTrue(bursts.refused(anna, now.plus(RefusalBursts.QUIET).plusSeconds(1), "curl/8").first(),
                "the next refusal starts a new burst");
    }

    @Test
    void aLongBurstIsWrittenAtLeastEveryMinute() {
        bursts.refused(anna, now, null);
        int written = 0;
        for (int second = 1; second <= 150; second++) {
            tick(Duration.ofSeconds(1));
            bursts.refused(anna, now, null);
            written += bursts.due(now, false).stream().mapToInt(Summary::count).sum();
        }
        assertEquals(120, written, "two full minutes were written while it went on");
        assertEquals(30, bursts.due(now, true).get(0).count(), "the rest at shutdown");
    }

    @Test
    void aBurstWithoutFurtherRefusalsWritesNothingMore() {
        bursts.refused(anna, now, null);
        assertEquals(List.of(), bursts.due(now.plus(RefusalBursts.QUIET), false));
        assertEquals(List.of(), bursts.due(now.plus(RefusalBursts.QUIET), true));
    }

    @Test
    void accountsAddressesAndChannelsAreCountedApart() {
        assertTrue(bursts.refused(anna, now, null).first());
        assertTrue(bursts.refused(new Key("anna", "10.0.0.8", anna.detail()), now, null).first());
        assertTrue(bursts.refused(new Key("bruno", "10.0.0.7", anna.detail()), now, null).first());
        assertTrue(bursts.refused(new Key("anna", "10.0.0.7", "throttled"), now, null).first());
        assertFalse(bursts.refused(anna, now, null).first());
    }

    @Test
    void memoryIsBoundedWithoutLosingACount() {
        for (int i = 0; i < RefusalBursts.MAX_BURSTS; i++) {
            Key key = new Key("user" + i, "10.0.0.7", "throttled");
            bursts.refused(key, now, null);
            bursts.refused(key, now, null);
        }
        RefusalBursts.Outcome overflow = bursts.refused(anna, now, null);
        assertTrue(overflow.first());
        assertEquals(RefusalBursts.MAX_BURSTS, overflow.flushed().size(), "every count is handed out to be written");
        assertEquals(1, bursts.size());
    }
}
