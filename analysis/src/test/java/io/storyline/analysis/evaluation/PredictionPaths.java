package io.storyline.analysis.evaluation;

import java.nio.file.Path;
import java.util.Objects;

/** Where a system's predictions for a set go: {@code <out>/predictions/<system>/<set>/}. */
final class PredictionPaths {

    private PredictionPaths() {}

    static Path folder(Path outputDirectory, String system, String set) {
        return outputDirectory.resolve("predictions").resolve(folderName(system)).resolve(set);
    }

    /** System names are free text ("CoreNLP 4.5 / no DCT"); a folder name may not hold separators. */
    static String folderName(String system) {
        String name = Objects.requireNonNull(system, "a system needs a name").strip()
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "_" + name : name;
    }
}
