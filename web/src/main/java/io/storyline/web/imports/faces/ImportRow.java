package io.storyline.web.imports.faces;

import io.storyline.domain.imports.ImportJob;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** One import as the page shows it. */
public final class ImportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String source;
    private final String status;
    private final long total;
    private final long done;
    private final long imported;
    private final long duplicates;
    private final long failed;
    private final String rate;
    private final String timeLeft;
    private final String message;
    private final boolean active;

    ImportRow(ImportJob job, Instant now) {
        this.id = job.id();
        this.source = job.sourcePath();
        this.status = job.status().name();
        this.total = job.total();
        this.done = job.done();
        this.imported = job.imported();
        this.duplicates = job.duplicates();
        this.failed = job.failed();
        this.rate = job.rate(now).map(r -> String.format(Locale.ROOT, "%.1f files/s", r)).orElse("");
        this.timeLeft = job.timeLeft(now).map(ImportRow::human).orElse("");
        this.message = job.message().orElse(null);
        this.active = job.status().active();
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
    }

    public int getPercent() {
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getStatus() {
        return status;
    }

    public long getTotal() {
        return total;
    }

    public long getDone() {
        return done;
    }

    public long getImported() {
        return imported;
    }

    public long getDuplicates() {
        return duplicates;
    }

    public long getFailed() {
        return failed;
    }

    public String getRate() {
        return rate;
    }

    public String getTimeLeft() {
        return timeLeft;
    }

    public String getMessage() {
        return message;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isResumable() {
        return "STOPPED".equals(status) || "FAILED".equals(status);
    }
}
