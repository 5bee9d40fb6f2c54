package io.storyline.analysis.knowledge;

import io.storyline.domain.common.Csv;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.entity.KnowledgeOrigin;
import io.storyline.domain.entity.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV formats of the alias table and the gazetteer (README, "Aliases and gazetteer"), and the check of every
 * row before anything is stored.
 *
 * <ul>
 *   <li>aliases: {@code alias,canonical,type[,kind[,note]]}; kind NAME (the default) or DESCRIPTION;</li>
 *   <li>gazetteer: {@code name,type[,case_sensitive[,note]]}; case_sensitive true or false (the default).</li>
 * </ul>
 * A first row naming the columns is skipped; type is PERSON, ORGANIZATION, LOCATION or OTHER (PER, ORG, LOC, MISC
 * too). A row that leaves out the note keeps the stored note; an empty note cell clears it. A row is keyed like the
 * table: an alias by its spelling, type and kind, a gazetteer name by its spelling; a key twice in one file is
 * rejected the second time.
 */
public final class KnowledgeCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    public static final List<String> ALIAS_COLUMNS = List.of("alias", "canonical", "type", "kind", "note");
    public static final List<String> GAZETTEER_COLUMNS = List.of("name", "type", "case_sensitive", "note");
    private static final int MAX_NAME = 300;
    private static final int MAX_NOTE = 500;

    private KnowledgeCsv() {
    }

    /** A checked alias row: the alias as it would be stored, and whether the row gave a note. */
    public record AliasRow(int line, Alias alias, boolean noteGiven) {
    }

    /** A checked gazetteer row. */
    public record NameRow(int line, GazetteerEntry entry, boolean noteGiven) {
    }

    /** The rows that passed and the problems of those that did not, in file order. */
    public record Checked<T>(List<T> rows, List<String> problems) {

        public Checked {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks every row of an alias file.
     *
     * @throws Csv.MalformedCsvException when the text is not CSV or has too many rows
     */
    public static Checked<AliasRow> aliases(String csv, String user, Instant at) {
        List<AliasRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : body(csv, "alias")) {
            try {
                columns(row, 3, ALIAS_COLUMNS);
                EntityType type = type(row.cell(2));
                AliasKind kind = kind(row.cell(3));
                String note = note(row.cell(4));
                Alias alias = new Alias(name(row.cell(0), "alias"), name(row.cell(1), "canonical name"), type, kind,
                        KnowledgeOrigin.PERSON, note, user, at);
                Integer first = seen.putIfAbsent(alias.aliasKey() + "|" + type + "|" + kind, row.line());
                if (first != null) {
                    throw new IllegalArgumentException("the same alias, type and kind as line " + first);
                }
                rows.add(new AliasRow(row.line(), alias, row.cells().size() > 4));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(problem(row, e));
            }
        }
        return new Checked<>(rows, problems);
    }

    /**
     * Checks every row of a gazetteer file.
     *
     * @throws Csv.MalformedCsvException when the text is not CSV or has too many rows
     */
    public static Checked<NameRow> gazetteer(String csv, String user, Instant at) {
        List<NameRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : body(csv, "name")) {
            try {
                columns(row, 2, GAZETTEER_COLUMNS);
                EntityType type = type(row.cell(1));
                boolean caseSensitive = yesNo(row.cell(2));
                GazetteerEntry entry = new GazetteerEntry(name(row.cell(0), "name"), type, caseSensitive,
                        KnowledgeOrigin.PERSON, note(row.cell(3)), user, at);
                Integer first = seen.putIfAbsent(entry.nameKey(), row.line());
                if (first != null) {
                    throw new IllegalArgumentException("the same name as line " + first);
                }
                rows.add(new NameRow(row.line(), entry, row.cells().size() > 3));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(problem(row, e));
            }
        }
        return new Checked<>(rows, problems);
    }

    /** The header and the row of one alias, as exported. */
    public static List<String> row(Alias a) {
        return List.of(a.alias(), a.canonical(), a.type().name(), a.kind().name(), a.note().orElse(""));
    }

    public static List<String> row(GazetteerEntry g) {
        return List.of(g.name(), g.type().name(), String.valueOf(g.caseSensitive()), g.note().orElse(""));
    }

    private static List<Csv.Row> body(String csv, String firstHeader) {
        List<Csv.Row> rows = Csv.parse(csv, MAX_ROWS + 1);
        if (!rows.isEmpty() && firstHeader.equalsIgnoreCase(String.valueOf(rows.get(0).cell(0)).strip())) {
            return rows.subList(1, rows.size());
        }
        if (rows.size() > MAX_ROWS) {
            throw new Csv.MalformedCsvException("the file has more than " + MAX_ROWS + " rows; split it");
        }
        return rows;
    }

    private static void columns(Csv.Row row, int required, List<String> names) {
        int n = row.cells().size();
        if (n < required || n > names.size()) {
            throw new IllegalArgumentException("expected " + (n < required ? "at least " + required : "at most "
                    + names.size()) + " columns (" + String.join(",", names) + "), found " + n);
        }
    }

    private static String name(String value, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        if (v.length() > MAX_NAME) {
            throw new IllegalArgumentException("the " + what + " has more than " + MAX_NAME + " characters");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new IllegalArgumentException("the " + what + " holds a line break or a control character");
        }
        return v;
    }

    private static String note(String value) {
        if (value != null && value.strip().length() > MAX_NOTE) {
            throw new IllegalArgumentException("the note has more than " + MAX_NOTE + " characters");
        }
        return value;
    }

    private static EntityType type(String value) {
        try {
            return EntityType.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown type '" + String.valueOf(value).strip() + "' (use PERSON,"
                    + " ORGANIZATION, LOCATION or OTHER)");
        }
    }

    private static AliasKind kind(String value) {
        if (value == null || value.isBlank()) {
            return AliasKind.NAME;
        }
        try {
            return AliasKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + value.strip() + "' (use NAME or DESCRIPTION)");
        }
    }

    private static boolean yesNo(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "false", "no", "0" -> false;
            case "true", "yes", "1" -> true;
            default -> throw new IllegalArgumentException("case_sensitive is true or false, not '" + value.strip()
                    + "'");
        };
    }

    private static String problem(Csv.Row row, RuntimeException e) {
        String m = e.getMessage() == null ? "a required value is missing" : e.getMessage();
        return "line " + row.line() + ": " + shorten(m);
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** The key an alias is stored under, for matching rows against the table. */
    public static String key(Alias a) {
        return a.aliasKey() + "|" + a.type() + "|" + a.kind();
    }

    /** The key a gazetteer name is stored under. */
    public static String key(GazetteerEntry g) {
        return Names.key(g.name());
    }
}
