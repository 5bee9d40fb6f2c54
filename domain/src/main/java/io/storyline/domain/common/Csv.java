package io.storyline.domain.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: cells with a comma, a quote, a line break or blanks at either end
 * are quoted, a quote inside is doubled, records end with CRLF (LF alone is read too). Every CSV Storyline writes
 * (timelines, stories, the audit log, aliases and gazetteer) goes through here, so one rule makes cells inert for
 * spreadsheets: a cell whose first character after blanks (spaces, no-break spaces) is {@code = + - @}, a tab, a
 * carriage return or a line feed, or their full-width forms, gets a leading {@code '}, so no spreadsheet runs it as a
 * formula (OWASP "CSV injection"); reading takes that quote off again, so an export imports back unchanged.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private Csv() {
    }

    /** One record and the line it starts on (from 1). */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or {@code null} when the record is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        /** Whether every cell is empty (a blank line). */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The text cannot be read as CSV at all (a quote never closed, too many records). */
    public static final class MalformedCsvException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public MalformedCsvException(String message) {
            super(message);
        }
    }

    /**
     * Reads every record, skipping blank lines.
     *
     * @param maxRows at most this many records
     * @throws MalformedCsvException naming the line of a quote that is never closed, or when there are too many rows
     */
    public static List<Row> parse(String text, int maxRows) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                cells.add(uncell(cell));
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(uncell(cell));
                cell.setLength(0);
                add(rows, new Row(rowLine, cells), maxRows);
                cells.clear();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsvException("line " + quoteLine + ": a quoted cell is never closed (a \" is missing)");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(uncell(cell));
            add(rows, new Row(rowLine, cells), maxRows);
        }
        return rows;
    }

    private static void add(List<Row> rows, Row row, int maxRows) {
        if (row.blank()) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw new MalformedCsvException("the file has more than " + maxRows + " rows; split it");
        }
        rows.add(row);
    }

    /** A cell as read, with the quote that made a formula-like value inert taken off. */
    private static String uncell(StringBuilder cell) {
        String s = cell.toString();
        return s.length() > 1 && s.charAt(0) == '\'' && needsDefusing(s.substring(1)) ? s.substring(1) : s;
    }

    /**
     * A formula, or a value that already starts with the defusing quote before one (it gets another quote, so that
     * reading gives it back whole).
     */
    private static boolean needsDefusing(String value) {
        return looksLikeAFormula(value) || value.startsWith("'") && looksLikeAFormula(value.substring(1));
    }

    /** Whether a spreadsheet would evaluate the cell: its first character after blanks starts a formula. */
    public static boolean looksLikeAFormula(String value) {
        int i = 0;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\u00A0')) {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    /** A cell as written: made inert when a spreadsheet would run it, quoted where needed. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = needsDefusing(value) ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** One record as a line ending with CRLF. */
    public static String row(List<String> cells) {
        StringBuilder out = new StringBuilder();
        writeRow(out, cells);
        return out.toString();
    }

    /** Writes one record, ending it with CRLF. */
    public static void writeRow(Appendable out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells.get(i)));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
