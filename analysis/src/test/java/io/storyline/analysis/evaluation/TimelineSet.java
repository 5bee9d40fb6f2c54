package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.formats.CatDocument;
import io.storyline.analysis.evaluation.formats.CatReader;
import io.storyline.analysis.evaluation.formats.TimelineFile;
import io.storyline.analysis.evaluation.formats.TimelineReader;
import io.storyline.analysis.evaluation.formats.TimelineWriter;
import io.storyline.analysis.evaluation.metrics.OrderedEvent;
import io.storyline.analysis.evaluation.metrics.TimelineScore;
import io.storyline.analysis.evaluation.metrics.TimelineScorer;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineAssembler;
import io.storyline.domain.timeline.TimelineRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Timeline systems on the SemEval-2015 Task 4 trial data, track A (raw text): every CAT article under
 * {@value #ARTICLES} is analysed, and for each gold timeline under {@value #TIMELINES} the events that involve its
 * target entity ({@link TimelineTargets}) are put in order by the server's own {@link TimelineAssembler}, written
 * in the gold's format ({@link TimelineRendering}) and scored by temporal awareness ({@link TimelineScorer}).
 */
final class TimelineSet {

    static final String NAME = "timeline-trial";
    static final String ARTICLES = "Corpus-trial-data_task4";
    static final String TIMELINES = "TimeLines_trial_data_task4_v1.2";

    /** A gold timeline and where it came from, so its prediction file can mirror it. */
    private record Gold(Path relative, TimelineFile timeline) {}

    private final SetContext context;

    TimelineSet(SetContext context) {
        this.context = context;
    }

    SetResult<TimelineScore> run(Path folder, List<TimelineTagger> taggers) throws IOException {
        List<CatDocument> articles = articles(folder.resolve(ARTICLES));
        List<Gold> golds = timelines(folder.resolve(TIMELINES));
        List<SystemResult<TimelineScore>> results = new ArrayList<>();
        for (TimelineTagger tagger : taggers) {
            context.messages().progress(NAME + ": running " + tagger.name() + " on " + articles.size() + " articles");
            DocumentPool.Batch<DocumentAnalysis> batch = context.pool().run(articles,
                    article -> tagger.analyze(article.text(), article.creationDate()));
            TimelineReports reports = new TimelineReports(articles, batch.predictions());
            TimelineWriter writer = new TimelineWriter();
            Path out = context.predictions(tagger.name(), NAME);
            TimelineScore score = TimelineScore.ZERO;
            for (Gold gold : golds) {
                TimelineFile predicted = timeline(gold.timeline().target(), reports);
                writer.write(out.resolve(gold.relative().toString()), predicted);
                score = score.plus(TimelineScore.of(gold.timeline().target(),
                        TimelineScorer.score(events(gold.timeline()), events(predicted))));
            }
            results.add(new SystemResult<>(tagger.name(), score, batch.elapsed(), batch.errors(), batch.firstError()));
            context.messages().failures(NAME, tagger.name(), batch);
        }
        context.messages().note(NAME + ": " + TimelineTargets.RULE);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("timelines", golds.size());
        counts.put("event mentions", golds.stream().mapToInt(gold -> events(gold.timeline()).size()).sum());
        long tokens = articles.stream().mapToLong(article -> article.tokens().size()).sum();
        return new SetResult<>(NAME, articles.size(), tokens, "tokens", counts, results);
    }

    private static TimelineFile timeline(String target, TimelineReports reports) {
        boolean person = reports.isPerson(target);
        List<TimelineRow> rows = new ArrayList<>();
        Map<Long, String> mentions = new HashMap<>();
        for (TimelineReports.Report report : reports.all()) {
            if (TimelineTargets.takes(target, report.names(), report.row().sentence(), person)) {
                rows.add(report.row());
                mentions.put(report.row().eventId(), report.mention());
            }
        }
        Timeline timeline = new TimelineAssembler(Map.of()).assemble(rows, List.of(), false);
        return TimelineRendering.render(target, timeline, mentions);
    }

    private static List<OrderedEvent> events(TimelineFile timeline) {
        List<OrderedEvent> events = new ArrayList<>();
        for (TimelineFile.Line line : timeline.lines()) {
            line.events().forEach(id -> events.add(new OrderedEvent(id, line.position(), line.date())));
        }
        return events;
    }

    private List<CatDocument> articles(Path folder) throws IOException {
        CatReader reader = new CatReader();
        List<CatDocument> articles = new ArrayList<>();
        for (Path file : context.goldFiles(folder, ".xml")) {
            try {
                articles.add(reader.read(file));
            } catch (IOException e) {
                context.messages().note(NAME + ": skipped unreadable article " + file + ": " + e.getMessage());
            }
        }
        return articles;
    }

    private List<Gold> timelines(Path folder) throws IOException {
        TimelineReader reader = new TimelineReader();
        List<Gold> golds = new ArrayList<>();
        for (Path file : context.goldFiles(folder, ".txt")) {
            try {
                golds.add(new Gold(folder.relativize(file), reader.read(file)));
            } catch (IOException e) {
                context.messages().note(NAME + ": skipped unreadable gold timeline " + file + ": " + e.getMessage());
            }
        }
        return golds;
    }
}
