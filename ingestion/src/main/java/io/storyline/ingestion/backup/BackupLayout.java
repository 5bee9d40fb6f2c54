package io.storyline.ingestion.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a backup folder holds, for the backup that writes it and the restore that reads it:
 * <pre>
 * &lt;backup dir&gt;/20261208-031500/
 *   backup.properties     written last: when, by whom, counts (a folder without it is not a backup)
 *   database.zip          the H2 database (H2's online BACKUP TO: consistent while the archive works)
 *   blobs/ab/cd/abcd…     the originals, as in the data folder
 *   blobs.sha256          one line per original, "sha256  blobs/ab/cd/sha256" (sha256sum -c reads it)
 *   settings.properties   the storyline.* settings in effect (secrets left out), for the record
 * </pre>
 * A backup being written is named {@code <name>.partial} and renamed when complete.
 */
public final class BackupLayout {

    public static final String INFO = "backup.properties";
    public static final String DATABASE = "database.zip";
    public static final String BLOBS = "blobs";
    public static final String MANIFEST = "blobs.sha256";
    public static final String SETTINGS = "settings.properties";
    public static final String PARTIAL = ".partial";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (blobs/[0-9a-f]{2}/[0-9a-f]{2}/\\1)");
    private static final int BUFFER = 64 * 1024;

    private BackupLayout() {
    }

    /** Where the original with this SHA-256 lives below a blob folder ({@code ab/cd/abcd…}). */
    public static Path blobPath(Path blobRoot, String sha256) {
        return blobRoot.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** The manifest line of one original. */
    public static String manifestLine(String sha256) {
        return sha256 + "  " + BLOBS + "/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /**
     * The originals a backup's manifest lists: SHA-256 to the file in the backup.
     *
     * @throws IOException when the manifest is missing or has a line that is not an original's
     */
    public static Map<String, Path> manifest(Path backup) throws IOException {
        Map<String, Path> originals = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(backup.resolve(MANIFEST), StandardCharsets.US_ASCII)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    throw new IOException(MANIFEST + " line " + number + " is not \"sha256  blobs/ab/cd/sha256\": " + line);
                }
                originals.put(m.group(1), backup.resolve(m.group(2)));
            }
        }
        return originals;
    }

    /**
     * Copies a file, hashing what it copies, and syncs the copy; the SHA-256 of the bytes copied, in hex. The caller
     * compares it with the name the original goes by.
     */
    public static String copyHashed(Path from, Path to) throws IOException {
        MessageDigest digest = sha256();
        Files.createDirectories(to.getParent());
        try (InputStream in = Files.newInputStream(from);
             FileChannel channel = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
