package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.metrics.EntityScore;
import io.storyline.analysis.evaluation.metrics.EventScore;
import io.storyline.analysis.evaluation.metrics.MeantimeScore;
import io.storyline.analysis.evaluation.metrics.TimeScore;
import io.storyline.analysis.evaluation.metrics.TimelineScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an evaluation run measured: one result per gold set that was there, and the notes a reader of
 * the figures needs (sets skipped, files that could not be read, systems that failed).
 */
public final class EvaluationReport {

    private final SetResult<TimeScore> tempEval;
    private final List<SetResult<EntityScore>> entitySets;
    private final SetResult<MeantimeScore> meantime;
    private final SetResult<TimelineScore> timelines;
    private final List<String> messages;
    private final SetResult<EventScore> tempEvalEvents;

    /** @param entitySets the CoNLL-format entity sets in report order; null for a set that was skipped */
    EvaluationReport(SetResult<TimeScore> tempEval, SetResult<EventScore> tempEvalEvents,
            List<SetResult<EntityScore>> entitySets, SetResult<MeantimeScore> meantime, SetResult<TimelineScore> timelines,
            List<String> messages) {
        this.tempEval = tempEval;
        this.tempEvalEvents = tempEvalEvents;
        this.entitySets = entitySets.stream().filter(Objects::nonNull).toList();
        this.meantime = meantime;
        this.timelines = timelines;
        this.messages = List.copyOf(messages);
    }

    /** TempEval-3 time expressions; empty when the set was skipped. */
    public Optional<SetResult<TimeScore>> tempEval() {
        return Optional.ofNullable(tempEval);
    }

    /** TempEval-3 events; empty when the set was skipped or no event tagger was given. */
    public Optional<SetResult<EventScore>> tempEvalEvents() {
        return Optional.ofNullable(tempEvalEvents);
    }

    /** CoNLL-2003 named entities; empty when the set was skipped. */
    public Optional<SetResult<EntityScore>> conll() {
        return entitySet(ConllSet.NAME);
    }

    /** Wikigold named entities; empty when the set was skipped. */
    public Optional<SetResult<EntityScore>> wikigold() {
        return entitySet(ConllSet.WIKIGOLD);
    }

    /** Every entity set that ran (CoNLL-2003, Wikigold), in report order. */
    public List<SetResult<EntityScore>> entitySets() {
        return entitySets;
    }

    private Optional<SetResult<EntityScore>> entitySet(String name) {
        return entitySets.stream().filter(set -> set.name().equals(name)).findFirst();
    }

    /** MEANTIME entities, events, times and participants; empty when the set was skipped. */
    public Optional<SetResult<MeantimeScore>> meantime() {
        return Optional.ofNullable(meantime);
    }

    /** SemEval-2015 Task 4 timelines; empty when the set was skipped. */
    public Optional<SetResult<TimelineScore>> timelines() {
        return Optional.ofNullable(timelines);
    }

    public List<String> messages() {
        return messages;
    }
}
