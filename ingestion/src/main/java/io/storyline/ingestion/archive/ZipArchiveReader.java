package io.storyline.ingestion.archive;

import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the files of a ZIP within {@link ArchiveLimits}. The central directory is checked first (file count,
 * declared sizes and ratios); while reading, the real bytes are counted too, because a hostile archive lies
 * in its directory. Directories, macOS resource forks ({@code __MACOSX/}) and {@code .DS_Store} are skipped.
 */
public final class ZipArchiveReader {

    /** Receives each file; the stream ends at the file's end and is bounded by the limits. */
    @FunctionalInterface
    public interface FileHandler {
        void file(String path, InputStream content) throws IOException;
    }

    private static final long RATIO_SLACK_BYTES = 1 << 20;

    private ZipArchiveReader() {
    }

    /**
     * @return the paths of the files handed to {@code handler}, in archive order
     * @throws ExtractionFailedException when a limit is passed or the archive is damaged or encrypted; files
     *                                  handed over before that stay handed over
     */
    public static List<String> read(Path zip, String name, ArchiveLimits limits, FileHandler handler)
            throws ExtractionFailedException, IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<ZipEntry> files = file.stream().filter(ZipArchiveReader::isContent).map(ZipEntry.class::cast).toList();
            check(name, files, limits);
            List<String> taken = new ArrayList<>();
            long[] total = {0};
            for (ZipEntry entry : files) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    throw new ExtractionFailedException(FailureReason.UNSUPPORTED_TYPE, "\"" + name + "\" uses a"
                            + " compression method Storyline cannot read (for \"" + entry.getName() + "\").");
                }
                long perFileLimit = Math.max(RATIO_SLACK_BYTES, entry.getCompressedSize() * limits.maxRatio());
                Guarded in = new Guarded(file.getInputStream(entry), total, limits.maxTotalBytes(), perFileLimit);
                try (in) {
                    handler.file(entry.getName(), in);
                } catch (IOException | RuntimeException e) {
                    // The handler may wrap what the stream threw; whether a limit was passed is the stream's to say.
                    if (in.passed == null) {
                        throw e;
                    }
                }
                if (in.passed != null) {
                    throw new ExtractionFailedException(FailureReason.TOO_LARGE, "\"" + name + "\" was not read to the"
                            + " end: " + in.passed + " " + taken.size() + " file(s) before it were taken in.");
                }
                taken.add(entry.getName());
            }
            return taken;
        } catch (ZipException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("encrypt")) {
                throw new ExtractionFailedException(FailureReason.ENCRYPTED, "\"" + name + "\" is password-protected,"
                        + " so Storyline cannot open it. Upload it without the password.", e);
            }
            throw new ExtractionFailedException(FailureReason.CORRUPT, "\"" + name + "\" could not be read as a ZIP"
                    + " archive; it may be damaged or cut short. (" + e.getMessage() + ")", e);
        }
    }

    private static void check(String name, List<ZipEntry> files, ArchiveLimits limits) throws ExtractionFailedException {
        long count = files.stream().filter(e -> !e.isDirectory()).count();
        if (count > limits.maxFiles()) {
            throw new ExtractionFailedException(FailureReason.TOO_LARGE, "\"" + name + "\" holds " + count
                    + " files; an archive may hold at most " + limits.maxFiles() + " (storyline.archive.max-files)."
                    + " Split it, or ask an admin to import it as a bulk import.");
        }
        long declared = 0;
        for (ZipEntry entry : files) {
            if (entry.getSize() > 0) {
                declared += entry.getSize();
                if (entry.getCompressedSize() > 0 && entry.getSize() > RATIO_SLACK_BYTES
                        && entry.getSize() / entry.getCompressedSize() > limits.maxRatio()) {
                    throw new ExtractionFailedException(FailureReason.TOO_LARGE, "\"" + entry.getName() + "\" in \""
                            + name + "\" would grow " + entry.getSize() / entry.getCompressedSize() + " times when"
                            + " unpacked, more than the " + limits.maxRatio() + " allowed (storyline.archive.max-ratio):"
                            + " it looks like a zip bomb. Nothing was taken from the archive.");
                }
            }
        }
        if (declared > limits.maxTotalBytes()) {
            throw new ExtractionFailedException(FailureReason.TOO_LARGE, "\"" + name + "\" would unpack to " + declared
                    + " bytes, more than the " + limits.maxTotalBytes() + " allowed (storyline.archive.max-total-bytes)."
                    + " Nothing was taken from the archive.");
        }
    }

    private static boolean isContent(ZipEntry entry) {
        String path = entry.getName();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !path.startsWith("__MACOSX/") && !path.contains("/__MACOSX/") && !last.equals(".DS_Store");
    }

    /** Thrown inside the stream when a limit is passed; becomes an {@link ExtractionFailedException}. */
    static final class LimitPassed extends IOException {
        private static final long serialVersionUID = 1L;

        LimitPassed(String message) {
            super(message);
        }
    }

    /** Counts real bytes against the archive's total and the file's ratio limit. */
    private static final class Guarded extends FilterInputStream {
        private final long[] total;
        private final long maxTotal;
        private final long maxFile;
        private long read;
        private String passed;

        Guarded(InputStream in, long[] total, long maxTotal, long maxFile) {
            super(in);
            this.total = total;
            this.maxTotal = maxTotal;
            this.maxFile = maxFile;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws LimitPassed {
            read += n;
            total[0] += n;
            if (read > maxFile) {
                passed = "one file unpacks to more than its compressed size times the ratio allowed"
                        + " (storyline.archive.max-ratio): it looks like a zip bomb.";
            } else if (total[0] > maxTotal) {
                passed = "its files unpack to more than the " + maxTotal + " bytes allowed"
                        + " (storyline.archive.max-total-bytes).";
            }
            if (passed != null) {
                throw new LimitPassed(passed);
            }
        }
    }
}
