package io.storyline.ingestion.monitor;

import java.time.Duration;
import java.util.Optional;

/**
 * How many documents finished a stage lately, and what that says about the time left.
 *
 * @param lastFiveMinutes documents that finished the stage in the last 5 minutes
 * @param lastHour        documents that finished the stage in the last 60 minutes
 */
public record Throughput(long lastFiveMinutes, long lastHour) {

    public Throughput {
        if (lastFiveMinutes < 0 || lastHour < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** Documents per minute over the last 5 minutes. */
    public double perMinuteLastFiveMinutes() {
        return lastFiveMinutes / 5.0;
    }

    /** Documents per minute over the last 60 minutes. */
    public double perMinuteLastHour() {
        return lastHour / 60.0;
    }

    /**
     * The rate the time left is reckoned with: the last 5 minutes' (what the workers do now), else the last hour's
     * when nothing finished in the last 5 minutes; 0 when nothing finished in the last hour either.
     */
    public double recentPerMinute() {
        return lastFiveMinutes > 0 ? perMinuteLastFiveMinutes() : perMinuteLastHour();
    }

    /**
     * How long {@code backlog} documents will take at the recent rate, rounded up to the second: zero when nothing is
     * waiting, empty (unknown) when documents wait but none finished in the last hour.
     */
    public Optional<Duration> timeLeft(long backlog) {
        if (backlog < 0) {
            throw new IllegalArgumentException("a backlog is never negative");
        }
        if (backlog == 0) {
            return Optional.of(Duration.ZERO);
        }
        // In whole numbers, so that 60 documents at 6 a minute are exactly 10 minutes: backlog x window / finished.
        long finished = lastFiveMinutes > 0 ? lastFiveMinutes : lastHour;
        long windowSeconds = lastFiveMinutes > 0 ? 300 : 3600;
        if (finished == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds((backlog * windowSeconds + finished - 1) / finished));
    }
}
