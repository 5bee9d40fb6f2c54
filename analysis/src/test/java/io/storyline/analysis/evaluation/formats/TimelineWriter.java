package io.storyline.analysis.evaluation.formats;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a timeline in the SemEval-2015 Task 4 text format, the layout {@link TimelineReader} reads. */
public final class TimelineWriter {

    public void write(Path target, TimelineFile timeline) throws IOException {
        PredictionFiles.write(target, format(timeline));
    }

    public String format(TimelineFile timeline) {
        StringBuilder out = new StringBuilder(timeline.target()).append('\n');
        for (TimelineFile.Line line : timeline.lines()) {
            out.append(line.position()).append('\t').append(line.date()).append('\t')
                    .append(String.join("\t", line.events())).append('\n');
        }
        return out.toString();
    }
}
