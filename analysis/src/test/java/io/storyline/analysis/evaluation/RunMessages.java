package io.storyline.analysis.evaluation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes for whoever reads the figures: they go to the log as they happen and into the report at the end,
 * so a skipped set or a failing system is never silent.
 */
final class RunMessages {

    private static final Logger LOG = System.getLogger(EvaluationRunner.class.getName());

    private final List<String> messages = new ArrayList<>();

    void note(String message) {
        LOG.log(Level.WARNING, message);
        messages.add(message);
    }

    void progress(String message) {
        LOG.log(Level.INFO, message);
    }

    void failures(String set, String system, DocumentPool.Batch<?> batch) {
        if (batch.errors() > 0) {
            note(set + ": " + system + " failed on " + batch.errors() + " document(s), scored as predicting nothing;"
                    + " first: " + batch.firstError());
        }
    }

    List<String> all() {
        return List.copyOf(messages);
    }
}
