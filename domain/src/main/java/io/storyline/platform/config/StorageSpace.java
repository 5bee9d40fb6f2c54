package io.storyline.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much room is left in the data folder, against the floor below which nothing new is taken in
 * ({@value #MIN_FREE_KEY}, in MB): uploads are refused before the disk is full, so the database (on the same disk)
 * always has room to finish what it started. Read afresh on every call: freeing space is enough to take uploads again.
 */
@ApplicationScoped
public class StorageSpace {

    public static final String MIN_FREE_KEY = "storyline.storage.min-free-mb";
    private static final long MB = 1024L * 1024L;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = MIN_FREE_KEY, defaultValue = "200")
    long minFreeMb;

    private Path folder;

    /** The room of another folder than the data folder, with its own floor: for tests and tools. */
    public static StorageSpace of(Path folder, long minFreeMb) {
        StorageSpace space = new StorageSpace();
        space.folder = folder;
        space.minFreeMb = minFreeMb;
        return space;
    }

    /** The data folder's free space now, and the floor. */
    public Room room() {
        long usable;
        try {
            usable = Files.getFileStore(folder != null ? folder : dataDirectory.root()).getUsableSpace();
        } catch (IOException e) {
            // A folder whose file store cannot be read cannot be written either.
            usable = 0;
        }
        return new Room(usable, minFreeMb * MB);
    }

    /**
     * The data folder's room.
     *
     * @param usableBytes what the file system lets us write now
     * @param floorBytes  below this, nothing new is taken in
     */
    public record Room(long usableBytes, long floorBytes) {

        public boolean enough() {
            return usableBytes >= floorBytes;
        }

        /** The reason a person reads: "the data folder has 12 MB free, below the 200 MB kept free (…)". */
        public String shortage() {
            return "the data folder has " + usableBytes / MB + " MB free, below the " + floorBytes / MB
                    + " MB kept free (" + MIN_FREE_KEY + ")";
        }
    }

    /** Whether an exception says the disk is full ("No space left on device", ENOSPC, or a quota). */
    public static boolean isNoSpace(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String message = c.getMessage();
            if (c instanceof IOException && message != null
                    && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }
}
