package io.storyline.analysis.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The time H2 itself spends on each SQL statement of a timeline, from its query statistics
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}, cleared between timelines): says whether the query's time is the
 * database's or the mapping's.
 */
final class QueryStatistics {

    private QueryStatistics() {
    }

    /** @return one Markdown table row per statement and timeline */
    static List<String> collect(DataSource dataSource, List<TimelineBenchmark.Scenario> scenarios,
            Consumer<TimelineBenchmark.Scenario> run, int runs) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (TimelineBenchmark.Scenario scenario : scenarios) {
                s.execute("SET QUERY_STATISTICS TRUE");
                for (int i = 0; i < runs; i++) {
                    run.accept(scenario);
                }
                try (ResultSet r = s.executeQuery("select SQL_STATEMENT, EXECUTION_COUNT, AVERAGE_EXECUTION_TIME,"
                        + " AVERAGE_ROW_COUNT from INFORMATION_SCHEMA.QUERY_STATISTICS"
                        + " order by CUMULATIVE_EXECUTION_TIME desc")) {
                    while (r.next()) {
                        String label = label(r.getString(1));
                        if (label != null) {
                            rows.add(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %,.0f |", scenario.name(),
                                    label, r.getInt(2), r.getDouble(3), r.getDouble(4)));
                        }
                    }
                }
                // Switching the statistics off clears them.
                s.execute("SET QUERY_STATISTICS FALSE");
            }
        }
        return rows;
    }

    private static String label(String sql) {
        String s = sql.toLowerCase(Locale.ROOT);
        if (s.startsWith("select e.id")) {
            return "events (`JpaTimelineRepository`, 1st)";
        }
        if (s.startsWith("select p.event_id")) {
            return "participants (`JpaTimelineRepository`, 2nd)";
        }
        if (s.contains("from event_link")) {
            return "editors' links (`JpaEventLinkRepository.active`)";
        }
        if (s.contains("from entity") && !s.contains("query_statistics")) {
            return "entity check (`em.find`)";
        }
        return null;
    }
}
