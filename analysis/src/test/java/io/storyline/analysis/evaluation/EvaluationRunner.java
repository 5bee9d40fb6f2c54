package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.metrics.EntityScore;
import io.storyline.analysis.evaluation.metrics.EventScore;
import io.storyline.analysis.evaluation.metrics.MeantimeScore;
import io.storyline.analysis.evaluation.metrics.TimeScore;
import io.storyline.analysis.evaluation.metrics.TimelineScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Runs the systems over every gold set that is there, scores them the way the field does and writes
 * {@code report.md}, {@code report.json} and each system's predictions in the gold's own format under
 * {@code predictions/<system>/<set>/}. A missing set, or one the settings leave out, is skipped with a note; a
 * system failing on a document costs that document, not the run.
 */
public final class EvaluationRunner {

    private final EvaluationSettings settings;
    private final EvaluationSystems systems;

    public EvaluationRunner(EvaluationSettings settings, EvaluationSystems systems) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.systems = Objects.requireNonNull(systems, "systems");
    }

    /**
     * Runs every set, one system at a time so timings do not disturb each other.
     *
     * @throws IOException when the gold cannot be listed or results cannot be written; an unreadable single
     *     gold file is only noted
     */
    public EvaluationReport run() throws IOException {
        Files.createDirectories(settings.outputDirectory());
        RunMessages messages = new RunMessages();
        EvaluationReport report;
        try (DocumentPool pool = new DocumentPool(settings.threads())) {
            SetContext context = new SetContext(settings, pool, messages);
            Path eval = settings.evalDirectory();
            SetResult<TimeScore> tempEval = runs(TempEvalSet.NAME, eval.resolve(TempEvalSet.NAME), messages)
                    ? new TempEvalSet(context).run(eval.resolve(TempEvalSet.NAME), systems.timeTaggers()) : null;
            SetResult<EventScore> tempEvalEvents = !systems.eventTaggers().isEmpty() && settings.runs(TempEvalSet.NAME)
                    && Files.exists(eval.resolve(TempEvalSet.NAME))
                    ? new TempEvalEventSet(context).run(eval.resolve(TempEvalSet.NAME), systems.eventTaggers()) : null;
            SetResult<EntityScore> conll = entities(ConllSet.NAME, context, messages);
            SetResult<EntityScore> wikigold = entities(ConllSet.WIKIGOLD, context, messages);
            SetResult<MeantimeScore> meantime = runs(MeantimeSet.NAME, eval.resolve(MeantimeSet.NAME), messages)
                    ? new MeantimeSet(context).run(eval.resolve(MeantimeSet.NAME), systems.documentTaggers()) : null;
            SetResult<TimelineScore> timelines = runs(TimelineSet.NAME, eval.resolve(TimelineSet.NAME), messages)
                    ? new TimelineSet(context).run(eval.resolve(TimelineSet.NAME), systems.timelineTaggers()) : null;
            report = new EvaluationReport(tempEval, tempEvalEvents, Arrays.asList(conll, wikigold), meantime,
                    timelines, messages.all());
        }
        Files.writeString(settings.outputDirectory().resolve("report.md"), MarkdownReport.render(report),
                StandardCharsets.UTF_8);
        Files.writeString(settings.outputDirectory().resolve("report.json"), JsonReport.render(report),
                StandardCharsets.UTF_8);
        return report;
    }

    /** An entity set in the CoNLL format, or null when it is skipped. */
    private SetResult<EntityScore> entities(String set, SetContext context, RunMessages messages) throws IOException {
        Path file = settings.evalDirectory().resolve(set).resolve(ConllSet.FILES.get(set));
        return runs(set, file, messages) ? new ConllSet(context, set).run(file, systems.entityTaggers()) : null;
    }

    private boolean runs(String set, Path gold, RunMessages messages) {
        if (!settings.runs(set)) {
            messages.note("skipped " + set + ": not among the sets asked for");
            return false;
        }
        if (Files.exists(gold)) {
            return true;
        }
        messages.note("skipped " + set + ": " + gold.toAbsolutePath() + " does not exist");
        return false;
    }
}
