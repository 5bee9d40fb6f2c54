package io.storyline.web.admin.system;

import io.storyline.platform.config.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sizes of the data folder's parts (the search index, the blob store of originals, the database) and the free
 * space of its disk. Walking a large blob store takes a while, so a walk stops after {@value #MAX_FILES} files or
 * {@code MAX_WALK} and says so, and the answer is kept for a minute.
 */
@ApplicationScoped
public class StorageSizes {

    static final long MAX_FILES = 1_000_000;
    static final Duration MAX_WALK = Duration.ofSeconds(10);
    static final Duration KEEP = Duration.ofSeconds(60);
    static final List<String> PARTS = List.of("index", "blobs", "db");

    @Inject
    DataDirectory dataDirectory;

    private volatile Snapshot last;

    /** One measured folder. */
    public record Size(String name, String path, long bytes, long files, boolean complete) {
    }

    /** Every part, the whole folder, and when they were measured. */
    public record Snapshot(List<Size> parts, long usableBytes, long totalBytes, long measuredAtMillis) {
    }

    public Snapshot sizes() {
        Snapshot snapshot = last;
        if (snapshot == null || System.currentTimeMillis() - snapshot.measuredAtMillis() > KEEP.toMillis()) {
            synchronized (this) {
                snapshot = last;
                if (snapshot == null || System.currentTimeMillis() - snapshot.measuredAtMillis() > KEEP.toMillis()) {
                    last = snapshot = measure(dataDirectory.root());
                }
            }
        }
        return snapshot;
    }

    static Snapshot measure(Path root) {
        List<Size> parts = new ArrayList<>();
        for (String part : PARTS) {
            parts.add(walk(part, root.resolve(part)));
        }
        parts.add(walk("data folder", root));
        long usable;
        long total;
        try {
            var store = Files.getFileStore(root);
            usable = store.getUsableSpace();
            total = store.getTotalSpace();
        } catch (IOException e) {
            usable = -1;
            total = -1;
        }
        return new Snapshot(List.copyOf(parts), usable, total, System.currentTimeMillis());
    }

    static Size walk(String name, Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Size(name, folder.toString(), 0, 0, true);
        }
        long deadline = System.nanoTime() + MAX_WALK.toNanos();
        long[] bytes = {0};
        long[] files = {0};
        boolean[] complete = {true};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    bytes[0] += attributes.size();
                    files[0]++;
                    if (files[0] >= MAX_FILES || System.nanoTime() > deadline) {
                        complete[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A file removed while we walk (an index merge, a finished upload) is simply not counted.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            complete[0] = false;
        }
        return new Size(name, folder.toString(), bytes[0], files[0], complete[0]);
    }
}
