package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.imports.ImportJob;
import io.storyline.ingestion.bulk.ImportRejectedException;
import io.storyline.platform.config.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Where imports may read: only inside the folders of {@code storyline.import.roots} (by default
 * {@code <data dir>/import}), so an admin account cannot be used to read any file of the server.
 */
@ApplicationScoped
public class ImportSources {

    public static final String ROOTS_KEY = "storyline.import.roots";

    @Inject
    DataDirectory dataDirectory;

    /** Read through {@link Config#getOptionalValues}: injecting {@code Optional<List<String>>} fails on Payara. */
    @Inject
    Config config;

    /** The allowed folders, as real paths (created when missing). */
    public List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        List<String> configured = config.getOptionalValues(ROOTS_KEY, String.class).filter(r -> !r.isEmpty())
                .orElse(List.of(dataDirectory.folder("import").toString()));
        for (String root : configured) {
            try {
                roots.add(Files.createDirectories(Path.of(root.strip())).toRealPath());
            } catch (IOException e) {
                // a root that cannot be made is no root
            }
        }
        return roots;
    }

    /** The real path of {@code source}, checked to be a folder or a ZIP inside an allowed folder. */
    Path resolve(String source) {
        if (source == null || source.isBlank()) {
            throw new ImportRejectedException("Name the folder or ZIP to import.");
        }
        List<Path> roots = roots();
        if (roots.isEmpty()) {
            throw new ImportRejectedException("No folder may be imported from: " + ROOTS_KEY + " names none that exists.");
        }
        Path given = Path.of(source.strip());
        Path candidate = given.isAbsolute() ? given : roots.get(0).resolve(given);
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            throw new ImportRejectedException("\"" + source + "\" does not exist on the server (looked for " + candidate + ").");
        }
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new ImportRejectedException("\"" + source + "\" is outside the folders imports may read from ("
                    + roots + "; " + ROOTS_KEY + ").");
        }
        if (!Files.isReadable(real)) {
            throw new ImportRejectedException("\"" + source + "\" cannot be read by the server.");
        }
        if (!Files.isDirectory(real) && !real.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new ImportRejectedException("\"" + source + "\" is neither a folder nor a .zip file.");
        }
        return real;
    }

    static ImportJob.SourceKind kindOf(Path real) {
        return Files.isDirectory(real) ? ImportJob.SourceKind.FOLDER : ImportJob.SourceKind.ZIP;
    }
}
