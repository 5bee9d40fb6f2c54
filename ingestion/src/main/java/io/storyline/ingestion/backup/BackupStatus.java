package io.storyline.ingestion.backup;

import java.time.Instant;

/**
 * Where a backup stands.
 *
 * @param name           the backup's folder name: its start time, {@code 20261208-031500}
 * @param state          running, completed or failed
 * @param phase          what it does now ({@code database}, {@code originals}, {@code settings}, {@code done})
 * @param originalsDone  originals copied and checked so far
 * @param originalsTotal originals in the blob store when the copy began
 * @param bytesCopied    bytes of originals copied so far
 * @param folder         where the backup is written (the full path, for the admin who restores it)
 * @param message        how it ended, or why it failed; {@code null} while it runs
 */
public record BackupStatus(String name, State state, String startedBy, Instant startedAt, Instant finishedAt,
                           String phase, long originalsDone, long originalsTotal, long bytesCopied, String folder,
                           String message) {

    /** A backup's life. */
    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Percent of the originals copied (the database comes first and is quick), 0-100. */
    public int percent() {
        if (state == State.COMPLETED) {
            return 100;
        }
        return originalsTotal == 0 ? 0 : (int) Math.min(99, originalsDone * 100 / originalsTotal);
    }

    public BackupStatus progress(String newPhase, long done, long total, long bytes) {
        return new BackupStatus(name, state, startedBy, startedAt, finishedAt, newPhase, done, total, bytes, folder,
                message);
    }

    public BackupStatus end(State end, Instant at, String why) {
        return new BackupStatus(name, end, startedBy, startedAt, at, end == State.COMPLETED ? "done" : phase,
                originalsDone, originalsTotal, bytesCopied, folder, why);
    }
}
