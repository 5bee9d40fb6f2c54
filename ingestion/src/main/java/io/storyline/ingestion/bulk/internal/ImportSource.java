package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.imports.ImportJob;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of an import: a folder (walked without following links, so nothing outside it is reached) or a ZIP.
 * System clutter (.DS_Store, Thumbs.db, desktop.ini, __MACOSX) is left out.
 */
abstract class ImportSource implements Closeable {

    private static final Set<String> CLUTTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    /** A file found in the source: its path inside it and its size. */
    record Listed(String path, long size) {
    }

    static ImportSource open(ImportJob.SourceKind kind, Path path) throws IOException {
        return kind == ImportJob.SourceKind.ZIP ? new Zip(path) : new Folder(path);
    }

    /** Every file, sorted by path. */
    abstract List<Listed> list() throws IOException;

    abstract InputStream open(String path) throws IOException;

    static boolean clutter(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return CLUTTER.contains(last) || path.startsWith("__MACOSX/") || path.contains("/__MACOSX/");
    }

    private static final class Folder extends ImportSource {
        private final Path root;

        Folder(Path root) {
            this.root = root;
        }

        @Override
        List<Listed> list() throws IOException {
            List<Listed> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root, new FileVisitOption[0])) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        String relative = root.relativize(file).toString().replace('\\', '/');
                        if (!clutter(relative)) {
                            files.add(new Listed(relative, Files.size(file)));
                        }
                    }
                }
            }
            files.sort(Comparator.comparing(Listed::path));
            return files;
        }

        @Override
        InputStream open(String path) throws IOException {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || Files.isSymbolicLink(file)) {
                throw new IOException("\"" + path + "\" is not a file inside the imported folder");
            }
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    private static final class Zip extends ImportSource {
        private final ZipFile zip;

        Zip(Path path) throws IOException {
            this.zip = new ZipFile(path.toFile());
        }

        @Override
        List<Listed> list() {
            return zip.stream()
                    .filter(e -> !e.isDirectory() && !clutter(e.getName()))
                    .map(e -> new Listed(e.getName(), Math.max(0, e.getSize())))
                    .sorted(Comparator.comparing(Listed::path))
                    .toList();
        }

        @Override
        InputStream open(String path) throws IOException {
            ZipEntry entry = zip.getEntry(path);
            if (entry == null) {
                throw new IOException("\"" + path + "\" is no longer in the ZIP");
            }
            return zip.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
