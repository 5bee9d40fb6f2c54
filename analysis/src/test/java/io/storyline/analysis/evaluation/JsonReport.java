package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.metrics.RelationCounts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The report machines read: every figure with the counts behind it, ratios between 0 and 1. */
final class JsonReport {

    private JsonReport() {}

    static String render(EvaluationReport report) {
        StringBuilder out = new StringBuilder("{\n  \"sets\": [");
        String[] separator = {""};
        report.tempEval().ifPresent(set -> set(out, separator, set, ScoreFigures::time, null));
        report.tempEvalEvents().ifPresent(set -> set(out, separator, set, ScoreFigures::events, null));
        report.entitySets().forEach(set -> set(out, separator, set, ScoreFigures::entities, null));
        report.meantime().ifPresent(set -> set(out, separator, set, ScoreFigures::meantime, null));
        report.timelines().ifPresent(set -> set(out, separator, set, ScoreFigures::timelines,
                ScoreFigures.TIMELINE_ANCHOR));
        out.append("\n  ],\n  \"messages\": [");
        List<String> messages = report.messages();
        for (int i = 0; i < messages.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(string(messages.get(i)));
        }
        return out.append(messages.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** @param anchor the published figure to compare with, or null */
    private static <S> void set(StringBuilder out, String[] separator, SetResult<S> set,
            Function<S, List<Figure>> figures, String anchor) {
        out.append(separator[0]).append("\n    {\"name\": ").append(string(set.name()))
                .append(", \"documents\": ").append(set.documents())
                .append(", \"tokens\": ").append(set.tokens())
                .append(", \"tokenUnit\": ").append(string(set.tokenUnit()));
        if (anchor != null) {
            out.append(", \"anchor\": ").append(string(anchor));
        }
        out.append(",\n     \"gold\": {");
        String comma = "";
        for (Map.Entry<String, Integer> entry : set.gold().entrySet()) {
            out.append(comma).append(string(entry.getKey())).append(": ").append(entry.getValue());
            comma = ", ";
        }
        out.append("},\n     \"systems\": [");
        comma = "";
        for (SystemResult<S> system : set.systems()) {
            out.append(comma).append("\n      {\"name\": ").append(string(system.system()))
                    .append(", \"seconds\": ").append(number(system.elapsed().toNanos() / 1e9))
                    .append(", \"tokensPerSecond\": ").append(number(system.tokensPerSecond(set.tokens())))
                    .append(", \"errors\": ").append(system.errors())
                    .append(", \"firstError\": ").append(system.firstError() == null ? "null" : string(system.firstError()))
                    .append(",\n       \"figures\": {");
            String figureComma = "";
            for (Figure figure : figures.apply(system.score())) {
                out.append(figureComma).append("\n        ").append(string(figure.key())).append(": ").append(value(figure));
                figureComma = ",";
            }
            out.append("}}");
            comma = ",";
        }
        out.append("]}");
        separator[0] = ",";
    }

    private static String value(Figure figure) {
        if (figure instanceof Figure.Prf prf) {
            return "{\"tp\": " + prf.counts().tp() + ", \"fp\": " + prf.counts().fp() + ", \"fn\": " + prf.counts().fn()
                    + ratios(prf.counts().precision(), prf.counts().recall(), prf.counts().f1()) + "}";
        }
        if (figure instanceof Figure.Relations relations) {
            RelationCounts counts = relations.counts();
            return "{\"predicted\": " + counts.predicted() + ", \"predictedImplied\": " + counts.predictedImplied()
                    + ", \"gold\": " + counts.gold() + ", \"goldImplied\": " + counts.goldImplied()
                    + ratios(counts.precision(), counts.recall(), counts.f1()) + "}";
        }
        return number(((Figure.Ratio) figure).value());
    }

    private static String ratios(double precision, double recall, double f1) {
        return ", \"precision\": " + number(precision) + ", \"recall\": " + number(recall) + ", \"f1\": " + number(f1);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
