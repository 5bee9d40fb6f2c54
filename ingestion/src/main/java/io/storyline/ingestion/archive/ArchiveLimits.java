package io.storyline.ingestion.archive;

/**
 * How much of an archive is read.
 *
 * @param maxFiles      files per archive ({@code storyline.archive.max-files})
 * @param maxTotalBytes uncompressed bytes per archive ({@code storyline.archive.max-total-bytes})
 * @param maxRatio      uncompressed bytes per compressed byte of one file ({@code storyline.archive.max-ratio})
 * @param maxDepth      archives inside archives, counted from the uploaded one ({@code storyline.archive.max-depth})
 */
public record ArchiveLimits(int maxFiles, long maxTotalBytes, int maxRatio, int maxDepth) {

    public ArchiveLimits {
        if (maxFiles < 1 || maxTotalBytes < 1 || maxRatio < 1 || maxDepth < 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
