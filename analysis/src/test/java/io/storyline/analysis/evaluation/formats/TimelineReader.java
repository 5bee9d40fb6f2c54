package io.storyline.analysis.evaluation.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a timeline in the SemEval-2015 Task 4 text format. Columns are separated by tabs; the events of one
 * line by tabs or spaces. Blank lines are skipped; the date is kept as written (the gold has {@code XXX-XX-XX}
 * for {@code XXXX-XX-XX} once).
 */
public final class TimelineReader {

    public TimelineFile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @param where names the source in error messages */
    public TimelineFile parse(String content, String where) throws GoldFormatException {
        List<String> rows = content.lines().map(String::strip).filter(row -> !row.isEmpty()).toList();
        if (rows.isEmpty()) {
            throw new GoldFormatException(where + ": no target entity");
        }
        List<TimelineFile.Line> lines = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", 3);
            if (columns.length < 3 || columns[2].isBlank()) {
                throw new GoldFormatException(where + ": expected position, date and events in \"" + row + "\"");
            }
            try {
                lines.add(new TimelineFile.Line(Integer.parseInt(columns[0].strip()), columns[1].strip(),
                        Arrays.asList(columns[2].strip().split("\\s+"))));
            } catch (NumberFormatException e) {
                throw new GoldFormatException(where + ": position is not a number in \"" + row + "\"", e);
            }
        }
        return new TimelineFile(rows.get(0), lines);
    }
}
