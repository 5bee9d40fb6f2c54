package io.storyline.analysis.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What every gold set's run shares: the settings, the threads, the notes.
 *
 * @param settings the run's settings
 * @param pool the threads systems run on
 * @param messages notes for the report
 */
record SetContext(EvaluationSettings settings, DocumentPool pool, RunMessages messages) {

    /** Gold files under {@code folder} with the extension, in a stable order, cut to the document limit. */
    List<Path> goldFiles(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(extension))
                    .sorted(Comparator.comparing(file -> folder.relativize(file).toString()))
                    .limit(settings.limit())
                    .toList();
        }
    }

    Path predictions(String system, String set) {
        return PredictionPaths.folder(settings.outputDirectory(), system, set);
    }

    /** Systems may hand back nulls inside their lists; they are not predictions. */
    static <T> List<T> present(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }
}
