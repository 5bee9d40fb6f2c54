package io.storyline.web.admin.monitor;

import io.storyline.ingestion.monitor.StageState;
import io.storyline.domain.imports.ImportJob;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** How the monitor words its figures, and which imports it shows. */
final class MonitorFormat {

    /** Running imports are always shown; besides them, this many of the latest. */
    static final int RECENT_IMPORTS = 5;

    private MonitorFormat() {
    }

    /** "unknown" when nothing finished lately, "nothing waits" when the backlog is empty, else a duration. */
    static String timeLeft(StageState s) {
        if (s.backlog() == 0) {
            return "nothing waits";
        }
        return s.timeLeft().map(MonitorFormat::duration).orElse("unknown");
    }

    /** "42 s", "3 min 05 s", "2 h 07 min", "3 d 04 h". */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 86_400) {
            return String.format(Locale.ROOT, "%d d %02d h", s / 86_400, (s % 86_400) / 3600);
        }
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
    }

    static String perMinute(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate);
    }

    /** The running imports and the latest others, newest first, from a newest-first list. */
    static List<ImportJob> shownImports(List<ImportJob> newestFirst) {
        List<ImportJob> recent = newestFirst.stream().limit(RECENT_IMPORTS).toList();
        return Stream.concat(recent.stream(), newestFirst.stream().skip(RECENT_IMPORTS).filter(j -> j.status().active()))
                .toList();
    }
}
