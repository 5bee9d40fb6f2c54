package io.storyline.analysis.pipeline;

import io.storyline.analysis.knowledge.Knowledge;
import io.storyline.analysis.knowledge.KnowledgeCache;
import io.storyline.analysis.language.LanguagePipeline;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The analyzer the server's workers and the event-type preview share: built on the loaded language pipeline and
 * the knowledge as it stands, and built again when the knowledge changes (an admin's or an editor's change
 * invalidates the {@link KnowledgeCache}).
 */
@ApplicationScoped
public class Analyzers {

    @EJB
    KnowledgeCache knowledge;

    private volatile Built current;

    private record Built(LanguagePipeline pipeline, Knowledge knowledge, DocumentAnalyzer analyzer) {
    }

    /** The analyzer for the knowledge as it stands, on {@code pipeline}. */
    public DocumentAnalyzer analyzer(LanguagePipeline pipeline) {
        Knowledge now = knowledge.current();
        Built built = current;
        if (built == null || built.pipeline() != pipeline || built.knowledge() != now) {
            built = new Built(pipeline, now, new DocumentAnalyzer(pipeline, now));
            current = built;
        }
        return built.analyzer();
    }
}
