package io.storyline.web.admin.monitor;

import io.storyline.ingestion.monitor.FailureGroup;
import io.storyline.ingestion.monitor.StageState;
import io.storyline.web.layout.Times;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The monitor page's rows: read-only view models with getters, as Faces EL reads them. */
final class MonitorRows {

    private MonitorRows() {
    }

    static String when(Instant at) {
        return at == null ? "" : Times.format(at);
    }

    /** One stage of the pipeline. */
    public static final class StageRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String stage;
        private final long waiting;
        private final long inProgress;
        private final long backlog;
        private final String oldestWaiting;
        private final int workers;
        private final long lastFive;
        private final long lastHour;
        private final String perMinuteFive;
        private final String perMinuteHour;
        private final String timeLeft;

        StageRow(StageState s) {
            this.stage = s.stage().name();
            this.waiting = s.waiting();
            this.inProgress = s.inProgress();
            this.backlog = s.backlog();
            this.oldestWaiting = s.oldestWaitingAge().map(MonitorFormat::duration).orElse("none waits");
            this.workers = s.workers();
            this.lastFive = s.throughput().lastFiveMinutes();
            this.lastHour = s.throughput().lastHour();
            this.perMinuteFive = MonitorFormat.perMinute(s.throughput().perMinuteLastFiveMinutes());
            this.perMinuteHour = MonitorFormat.perMinute(s.throughput().perMinuteLastHour());
            this.timeLeft = MonitorFormat.timeLeft(s);
        }

        public String getStage() {
            return stage;
        }

        public String getLabel() {
            return "EXTRACTION".equals(stage) ? "Extraction" : "Analysis";
        }

        public long getWaiting() {
            return waiting;
        }

        public long getInProgress() {
            return inProgress;
        }

        public long getBacklog() {
            return backlog;
        }

        public String getOldestWaiting() {
            return oldestWaiting;
        }

        public int getWorkers() {
            return workers;
        }

        public long getLastFive() {
            return lastFive;
        }

        public long getLastHour() {
            return lastHour;
        }

        public String getPerMinuteFive() {
            return perMinuteFive;
        }

        public String getPerMinuteHour() {
            return perMinuteHour;
        }

        public String getTimeLeft() {
            return timeLeft;
        }
    }

    /** One failure group. */
    public static final class FailureRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String stage;
        private final String reason;
        private final long count;
        private final String newest;
        private final boolean reanalysable;
        private final List<ExampleRow> examples;

        FailureRow(FailureGroup g) {
            this.stage = g.stage().name();
            this.reason = g.reason().name();
            this.count = g.count();
            this.newest = when(g.newest());
            this.reanalysable = g.reanalysable();
            this.examples = g.examples().stream().map(ExampleRow::new).toList();
        }

        public String getStage() {
            return stage;
        }

        public String getReason() {
            return reason;
        }

        public long getCount() {
            return count;
        }

        public String getNewest() {
            return newest;
        }

        public boolean isReanalysable() {
            return reanalysable;
        }

        public List<ExampleRow> getExamples() {
            return examples;
        }

        /** An id for the page and its tests: {@code extraction-corrupt}. */
        public String getKey() {
            return (stage + "-" + reason).toLowerCase(Locale.ROOT);
        }
    }

    /** One failed document of a group. */
    public static final class ExampleRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String title;
        private final String message;
        private final String failedAt;

        ExampleRow(FailureGroup.Example e) {
            this.id = e.documentId();
            this.title = e.title();
            this.message = e.message();
            this.failedAt = when(e.failedAt());
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getMessage() {
            return message;
        }

        public String getFailedAt() {
            return failedAt;
        }
    }
}
