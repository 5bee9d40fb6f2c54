package io.storyline.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one folder that holds everything Storyline stores on disk: the H2 database ({@code db/}), the originals
 * ({@code blobs/}) and the search index ({@code index/}). Set by {@code storyline.data.dir}
 * ({@code STORYLINE_DATA_DIR}); the server's datasource reads the same key.
 */
@ApplicationScoped
public class DataDirectory {

    public static final String KEY = "storyline.data.dir";

    @Inject
    @ConfigProperty(name = KEY)
    String configured;

    private Path root;

    @PostConstruct
    void init() {
        root = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + root + " (" + KEY + "): " + e, e);
        }
    }

    /** The data folder itself. */
    public Path root() {
        return root;
    }

    /** A sub-folder of the data folder, created when missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name).normalize();
        if (!folder.startsWith(root)) {
            throw new IllegalArgumentException("not inside the data folder: " + name);
        }
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e, e);
        }
    }
}
