package io.storyline.analysis.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The systems to measure, by the kind of task they do.
 *
 * @param timeTaggers run on TempEval-3
 * @param entityTaggers run on CoNLL-2003
 * @param documentTaggers run on MEANTIME
 * @param timelineTaggers run on the SemEval-2015 timelines
 * @param eventTaggers run on TempEval-3's events
 */
public record EvaluationSystems(List<TimeTagger> timeTaggers, List<EntityTagger> entityTaggers,
        List<DocumentTagger> documentTaggers, List<TimelineTagger> timelineTaggers,
        List<EventMentionTagger> eventTaggers) {

    public EvaluationSystems {
        timeTaggers = List.copyOf(timeTaggers);
        entityTaggers = List.copyOf(entityTaggers);
        documentTaggers = List.copyOf(documentTaggers);
        timelineTaggers = List.copyOf(timelineTaggers);
        eventTaggers = List.copyOf(eventTaggers);
        requireUniqueNames(timeTaggers, TimeTagger::name);
        requireUniqueNames(entityTaggers, EntityTagger::name);
        requireUniqueNames(documentTaggers, DocumentTagger::name);
        requireUniqueNames(timelineTaggers, TimelineTagger::name);
        requireUniqueNames(eventTaggers, EventMentionTagger::name);
    }

    /** No event taggers. */
    public EvaluationSystems(List<TimeTagger> timeTaggers, List<EntityTagger> entityTaggers,
            List<DocumentTagger> documentTaggers, List<TimelineTagger> timelineTaggers) {
        this(timeTaggers, entityTaggers, documentTaggers, timelineTaggers, List.of());
    }

    /** No timeline taggers. */
    public EvaluationSystems(List<TimeTagger> timeTaggers, List<EntityTagger> entityTaggers,
            List<DocumentTagger> documentTaggers) {
        this(timeTaggers, entityTaggers, documentTaggers, List.of(), List.of());
    }

    /** Two systems of one kind with one name would write into the same folder and column. */
    private static <T> void requireUniqueNames(List<T> systems, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (T system : systems) {
            if (!seen.add(PredictionPaths.folderName(name.apply(system)))) {
                throw new IllegalArgumentException("two systems are named " + name.apply(system));
            }
        }
    }
}
