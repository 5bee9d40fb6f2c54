package io.storyline.ingestion.backup.internal;

import io.storyline.ingestion.backup.BackupStatus;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The small text files of a backup: the settings in effect, and what the backup is. */
final class BackupFiles {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential).*");

    private BackupFiles() {
    }

    /** The {@code storyline.*} settings in effect, for the record; secrets are named but their values left out. */
    static void writeSettings(Path file) throws IOException {
        Config config = ConfigProvider.getConfig();
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("storyline.")) {
                settings.put(name, SECRET.matcher(name).matches() ? null
                        : config.getOptionalValue(name, String.class).orElse(""));
            }
        }
        writeProperties(file, "The storyline.* settings in effect when this backup was made. A restore does not apply"
                + " them: set them on the server (-D... or environment variables) as they were.", settings);
    }

    static void writeInfo(Path file, BackupStatus started, Instant finished, String database,
                          OriginalsCopy.Result originals) throws IOException {
        Map<String, String> info = new TreeMap<>();
        info.put("name", started.name());
        info.put("startedBy", started.startedBy());
        info.put("startedAt", started.startedAt().toString());
        info.put("finishedAt", finished.toString());
        info.put("database", database);
        info.put("originals", String.valueOf(originals.originals()));
        info.put("originalBytes", String.valueOf(originals.bytes()));
        writeProperties(file, "A complete Storyline backup. Restore it with the server stopped (README, \"Backup and"
                + " restore\").", info);
    }

    private static void writeProperties(Path file, String comment, Map<String, String> values) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + comment + "\n");
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getValue() == null) {
                    out.write("# " + e.getKey() + " is set; its value is a secret and not kept here\n");
                } else {
                    out.write(escape(e.getKey()) + "=" + escape(e.getValue()) + "\n");
                }
            }
        }
    }

    private static String escape(String value) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                default -> b.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.toString();
    }
}
