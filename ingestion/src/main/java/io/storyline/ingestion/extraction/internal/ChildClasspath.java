package io.storyline.ingestion.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The jars a parser process runs on, as plain files. They travel inside the application (the build puts Tika's
 * parsers and their libraries under {@value #RESOURCES}, with an index), because a server's class loader need not
 * be made of files (WildFly's modules are not); here they are copied into a folder named after the index's
 * digest, once per version: a folder that exists is complete, since it is only ever renamed into place whole.
 * Old folders are left behind (a few tens of MB each): delete them when no server runs.
 */
final class ChildClasspath {

    static final String RESOURCES = "META-INF/storyline/tika-child/";
    private static final String INDEX = RESOURCES + "jars.txt";

    private ChildClasspath() {
    }

    /** The folder holding the jars, under {@code workDir}, made when missing. */
    static Path materialize(Path workDir) {
        ClassLoader loader = ChildClasspath.class.getClassLoader();
        try {
            List<String> jars = index(loader);
            Path target = workDir.resolve("tika-child-" + digest(loader, jars));
            if (Files.isDirectory(target)) {
                return target;
            }
            Files.createDirectories(workDir);
            Path partial = Files.createTempDirectory(workDir, "tika-child-");
            for (String jar : jars) {
                try (InputStream in = loader.getResourceAsStream(RESOURCES + jar)) {
                    if (in == null) {
                        throw new IllegalStateException("the parsers' jar " + jar + " is listed but not packaged");
                    }
                    Files.copy(in, partial.resolve(jar));
                }
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(target)) { // another node or thread won the race: fine
                    throw e;
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the parsers' jars into " + workDir, e);
        }
    }

    private static List<String> index(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the parsers' jars are not packaged (" + INDEX + " is missing): build"
                        + " the ingestion module with Maven, or set storyline.extraction.fork.enabled=false");
            }
            List<String> jars = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String jar = line.strip();
                    if (!jar.isEmpty()) {
                        if (!jar.matches("[A-Za-z0-9._-]+\\.jar")) {
                            throw new IllegalStateException("not a jar name in " + INDEX + ": " + jar);
                        }
                        jars.add(jar);
                    }
                }
            }
            return jars;
        }
    }

    /** Names a set of jars: the libraries by their versioned names, Storyline's own by its bytes, as it is rebuilt. */
    private static String digest(ClassLoader loader, List<String> jars) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String jar : jars) {
                sha.update((jar + "\n").getBytes(StandardCharsets.UTF_8));
                if (jar.startsWith("storyline-")) {
                    try (InputStream in = loader.getResourceAsStream(RESOURCES + jar)) {
                        if (in != null) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
