package io.storyline.analysis.knowledge;

import java.util.List;

/**
 * What a CSV import did: rows added, rows that changed an existing entry, rows equal to what was stored, rows
 * rejected, and the first {@value #MAX_PROBLEMS} problems with their line numbers.
 */
public record ImportReport(int added, int updated, int unchanged, int rejected, List<String> problems) {

    public static final int MAX_PROBLEMS = 20;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** "3 added, 1 updated, 0 unchanged, 2 rejected: line 4: ...; line 9: ..." */
    public String summary() {
        String counts = added + " added, " + updated + " updated, " + unchanged + " unchanged, " + rejected
                + " rejected";
        if (problems.isEmpty()) {
            return counts + ".";
        }
        String more = rejected > problems.size() ? "; and " + (rejected - problems.size()) + " more" : "";
        return counts + ": " + String.join("; ", problems) + more + ".";
    }
}
