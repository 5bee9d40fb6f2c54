package io.storyline.analysis.evaluation.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the writers put predictions: UTF-8 files, their folders made as needed. */
final class PredictionFiles {

    private PredictionFiles() {
    }

    static void write(Path target, String text) throws IOException {
        Files.writeString(folderMade(target), text, StandardCharsets.UTF_8);
    }

    static BufferedWriter open(Path target) throws IOException {
        return Files.newBufferedWriter(folderMade(target), StandardCharsets.UTF_8);
    }

    private static Path folderMade(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return target;
    }
}
