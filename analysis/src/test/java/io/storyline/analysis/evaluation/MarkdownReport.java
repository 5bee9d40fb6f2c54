package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.metrics.EntityScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The report people read: one table per set, systems side by side, figures in percent. */
final class MarkdownReport {

    private static final Map<String, String> ENTITY_SETS = Map.of(ConllSet.NAME, "CoNLL-2003 named entities",
            ConllSet.WIKIGOLD, "Wikigold named entities");

    private MarkdownReport() {}

    static String render(EvaluationReport report) {
        StringBuilder out = new StringBuilder("# Extraction quality\n\n");
        out.append("P / R / F1 and accuracies in percent, micro-averaged over the documents of each set.\n");
        report.tempEval().ifPresent(set -> table(out, "TempEval-3 time expressions", set, ScoreFigures::time));
        report.tempEvalEvents().ifPresent(set -> table(out, "TempEval-3 events (strict span; attributes over matches)",
                set, ScoreFigures::events));
        entitySummary(out, report.entitySets());
        report.entitySets().forEach(set -> table(out, ENTITY_SETS.getOrDefault(set.name(), "Named entities")
                + " (exact span and type)", set, ScoreFigures::entities));
        report.meantime().ifPresent(set -> table(out, "MEANTIME entities, events, times and participants"
                + " (token overlap)", set, ScoreFigures::meantime));
        report.timelines().ifPresent(set -> {
            table(out, "SemEval-2015 timelines (temporal awareness over the relations each timeline implies)", set,
                    ScoreFigures::timelines);
            out.append("\nAnchor: ").append(ScoreFigures.TIMELINE_ANCHOR).append(".\n");
        });
        if (!report.messages().isEmpty()) {
            out.append("\n## Notes\n\n");
            report.messages().forEach(message -> out.append("- ").append(message.replace("\n", " ")).append('\n'));
        }
        return out.toString();
    }

    /**
     * Every entity set on one table, overall micro F1 per system and the first system's lead over the second
     * (Storyline over stock): a rule must help, or at least not hurt, every set.
     */
    private static void entitySummary(StringBuilder out, List<SetResult<EntityScore>> sets) {
        if (sets.isEmpty() || sets.get(0).systems().isEmpty()) {
            return;
        }
        List<String> systems = sets.get(0).systems().stream().map(SystemResult::system).toList();
        out.append("\n## Named entities, every set (overall micro F1)\n\n| set |");
        systems.forEach(system -> out.append(' ').append(cell(system)).append(" |"));
        boolean lead = systems.size() > 1;
        if (lead) {
            out.append(' ').append(cell(systems.get(0))).append(" − ").append(cell(systems.get(1))).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(systems.size() + (lead ? 1 : 0))).append('\n');
        for (SetResult<EntityScore> set : sets) {
            out.append("| ").append(set.name()).append(" |");
            List<Double> f1 = systems.stream().map(system -> set.system(system)
                    .map(result -> result.score().overall().f1()).orElse(Double.NaN)).toList();
            f1.forEach(value -> out.append(' ').append(percent(value)).append(" |"));
            if (lead) {
                out.append(String.format(Locale.ROOT, " %+.1f |", (f1.get(0) - f1.get(1)) * 100));
            }
            out.append('\n');
        }
    }

    private static <S> void table(StringBuilder out, String title, SetResult<S> set, Function<S, List<Figure>> figures) {
        out.append("\n## ").append(title).append(" — `").append(set.name()).append("`\n\n");
        out.append(String.format(Locale.ROOT, "%,d documents, %,d %s. Gold: ", set.documents(), set.tokens(),
                set.tokenUnit()));
        List<String> gold = new ArrayList<>();
        set.gold().forEach((kind, count) -> gold.add(String.format(Locale.ROOT, "%,d %s", count, kind)));
        out.append(String.join(", ", gold)).append(".\n\n");
        if (set.systems().isEmpty()) {
            out.append("No system of this kind was given.\n");
            return;
        }
        out.append("| |");
        set.systems().forEach(system -> out.append(' ').append(cell(system.system())).append(" |"));
        out.append("\n|---|");
        set.systems().forEach(system -> out.append("---|"));
        out.append('\n');
        List<List<Figure>> columns = set.systems().stream().map(system -> figures.apply(system.score())).toList();
        for (int row = 0; row < columns.get(0).size(); row++) {
            out.append("| ").append(columns.get(0).get(row).label()).append(" |");
            for (List<Figure> column : columns) {
                out.append(' ').append(format(column.get(row))).append(" |");
            }
            out.append('\n');
        }
        row(out, "Time (s)", set, system -> String.format(Locale.ROOT, "%.2f", system.elapsed().toMillis() / 1000.0));
        row(out, "Throughput (" + set.tokenUnit() + "/s)", set,
                system -> String.format(Locale.ROOT, "%,.0f", system.tokensPerSecond(set.tokens())));
        row(out, "Documents failed", set, system -> Integer.toString(system.errors()));
    }

    private static <S> void row(StringBuilder out, String label, SetResult<S> set,
            Function<SystemResult<S>, String> cell) {
        out.append("| ").append(label).append(" |");
        set.systems().forEach(system -> out.append(' ').append(cell.apply(system)).append(" |"));
        out.append('\n');
    }

    private static String format(Figure figure) {
        if (figure instanceof Figure.Prf prf) {
            return prf(prf.counts().precision(), prf.counts().recall(), prf.counts().f1());
        }
        if (figure instanceof Figure.Relations relations) {
            return prf(relations.counts().precision(), relations.counts().recall(), relations.counts().f1());
        }
        return percent(((Figure.Ratio) figure).value());
    }

    private static String prf(double precision, double recall, double f1) {
        return percent(precision) + " / " + percent(recall) + " / " + percent(f1);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f", ratio * 100);
    }

    /** A system's name inside a table cell: a pipe would start a new cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
