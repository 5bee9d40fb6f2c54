package io.storyline.analysis.knowledge;

import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The aliases, gazetteer and event taxonomy Storyline ships with, read from the tab-separated files beside this
 * class ({@code seed/*.tsv}). The server loads them into the database once (then admins own them); the evaluation
 * command and the tests read them directly. Raise {@link #VERSION} when the files change, so servers load the
 * additions.
 */
public final class SeedKnowledge {

    public static final int VERSION = 2;

    private SeedKnowledge() {
    }

    /** A seeded alias with its note. */
    public record SeedAlias(NameAlias alias, String note) {
    }

    /** A seeded gazetteer entry with its note. */
    public record SeedName(GazetteerName name, String note) {
    }

    /** A seeded event type with its description. */
    public record SeedEventType(EventRule rule, String description) {
    }

    /** All of it, as analysis uses it. */
    public static Knowledge knowledge() {
        return new Knowledge(aliases().stream().map(SeedAlias::alias).toList(),
                gazetteer().stream().map(SeedName::name).toList(),
                eventTypes().stream().map(SeedEventType::rule).toList(), Set.of());
    }

    public static List<SeedAlias> aliases() {
        return rows("aliases.tsv", 5).stream().map(r -> new SeedAlias(new NameAlias(r[0], r[1], EntityType.parse(r[2]),
                AliasKind.valueOf(r[3])), r[4])).toList();
    }

    public static List<SeedName> gazetteer() {
        return rows("gazetteer.tsv", 4).stream().map(r -> new SeedName(new GazetteerName(r[0], EntityType.parse(r[1]),
                Boolean.parseBoolean(r[2])), r[3])).toList();
    }

    public static List<SeedEventType> eventTypes() {
        return rows("event-types.tsv", 5).stream().map(r -> new SeedEventType(new EventRule(r[0], r[1],
                split(r[3], ","), split(r[4], "\\|")), r[2])).toList();
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(String file, int columns) {
        String resource = "seed/" + file;
        try (InputStream in = SeedKnowledge.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the seed file " + resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + " has " + cells.length
                            + " columns, not " + columns);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed file " + resource, e);
        }
    }
}
