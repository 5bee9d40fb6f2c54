package io.storyline.ingestion.extraction.internal;

import io.storyline.ingestion.extraction.ParserProcesses;
import io.storyline.ingestion.extraction.child.ChildParserFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;

/**
 * A warm pool of child JVMs that run Tika's AutoDetectParser (Tika's {@link ForkParser} on a folder of jars, the
 * parser built there by {@link ChildParserFactory}).
 * Each child has a heap limit and exits when a parse runs past the time limit; a child that dies is replaced for
 * the next file. Started lazily, one child per file being parsed at once, up to the pool's size.
 */
final class ParserPool implements AutoCloseable {

    /** How often a child checks whether its parse has run out of time. */
    private static final long PULSE_MILLIS = 250;
    /** A child nobody asks for anything this long exits; the pool starts another when needed. */
    private static final long IDLE_MILLIS = Duration.ofMinutes(30).toMillis();
    /** ForkParser's message when the child went away during a parse (it exited, was killed or crashed). */
    private static final String LOST = "Failed to communicate with a forked parser process";

    private final ForkParser parser;
    private final Duration timeout;
    private final int maxHeapMb;

    ParserPool(ParserProcesses processes, Duration timeout) {
        this.timeout = timeout;
        this.maxHeapMb = processes.maxHeapMb();
        Path jars = ChildClasspath.materialize(processes.workDir());
        parser = new ForkParser(jars, new ParserFactoryFactory(ChildParserFactory.class.getName(), new HashMap<>()));
        parser.setPoolSize(processes.size());
        parser.setJavaCommand(command(processes.maxHeapMb()));
        parser.setServerPulseMillis(PULSE_MILLIS);
        parser.setServerParseTimeoutMillis(timeout.toMillis());
        parser.setServerWaitTimeoutMillis(IDLE_MILLIS);
    }

    /**
     * The child's command: the server's own Java; a child that runs out of memory exits at once rather than
     * limping on; the serial collector, as a child parses one file at a time; PDFBox may unmap its buffers.
     */
    private static List<String> command(int maxHeapMb) {
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.add("-Xmx" + maxHeapMb + "m");
        java.add("-XX:+ExitOnOutOfMemoryError");
        java.add("-XX:+UseSerialGC");
        java.add("-Djava.awt.headless=true");
        java.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
        java.add("--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED");
        return java;
    }

    ForkParser parser() {
        return parser;
    }

    Duration timeout() {
        return timeout;
    }

    int maxHeapMb() {
        return maxHeapMb;
    }

    /** Whether a parse failed because its child went away (killed at the time limit, out of memory, crashed). */
    static boolean childDied(TikaException e) {
        return e.getMessage() != null && e.getMessage().startsWith(LOST);
    }

    /**
     * Whether an I/O failure came from starting a child (no Java, no jars, a child that failed to boot) rather than
     * from the file: a parse's own I/O errors come back from the child with the child's stack.
     */
    static boolean couldNotStart(IOException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(ForkParser.class.getName()) && frame.getMethodName().equals("acquireClient")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        parser.close();
    }
}
