package io.storyline.ingestion.extraction;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Tika's parsers run. Forked (the default): in a pool of child JVMs, each with its own heap limit and killed
 * when a file takes longer than the extraction timeout, so a parser that loops ignoring interruption or runs out
 * of memory costs that one document (TIMEOUT or CORRUPT), never the server. In process: in the server's own JVM,
 * a fallback for machines that cannot start a second JVM.
 *
 * @param forked    whether parsers run in child JVMs
 * @param size      how many child JVMs are kept warm; at most that many files are parsed at once
 * @param maxHeapMb the heap limit ({@code -Xmx}) of each child, in MB: a file that needs more fails as CORRUPT
 * @param workDir   a folder the children's jars are copied into (they travel inside the application)
 */
public record ParserProcesses(boolean forked, int size, int maxHeapMb, Path workDir) {

    public ParserProcesses {
        if (forked) {
            if (size < 1 || maxHeapMb < 16) {
                throw new IllegalArgumentException("at least one parser process with at least 16 MB of heap");
            }
            Objects.requireNonNull(workDir, "workDir");
        }
    }

    /** Parsers in the server's own JVM. */
    public static ParserProcesses inProcess() {
        return new ParserProcesses(false, 0, 0, null);
    }

    /** Parsers in {@code size} child JVMs of {@code maxHeapMb} each, their jars in {@code workDir}. */
    public static ParserProcesses forked(int size, int maxHeapMb, Path workDir) {
        return new ParserProcesses(true, size, maxHeapMb, workDir);
    }
}
