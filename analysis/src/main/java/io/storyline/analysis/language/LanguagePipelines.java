package io.storyline.analysis.language;

import io.storyline.analysis.language.internal.CoreNlpPipeline;
import io.storyline.analysis.language.internal.CoreNlpSettings;

/**
 * Loads Storyline's language pipeline (CoreNLP set up as the server runs it) outside the server: for the evaluation
 * command, the benchmarks and the tests. Each call loads the models afresh (about 0.5 GB and tens of seconds), so a
 * caller loads one and shares it: the pipeline may be used from several threads at once.
 */
public final class LanguagePipelines {

    private LanguagePipelines() {
    }

    /** The pipeline the server loads, with the dependency parser (events' participants need it). */
    public static LanguagePipeline storyline() {
        return storyline(true);
    }

    /** The server's pipeline, with or without the dependency parser ({@code storyline.analysis.dependencies}). */
    public static LanguagePipeline storyline(boolean dependencies) {
        CoreNlpSettings settings = CoreNlpSettings.storyline();
        return CoreNlpPipeline.load(dependencies ? settings : settings.withoutDependencies());
    }

    /**
     * The same models on text that is already tokens separated by spaces, one sentence per line (gold sets such
     * as CoNLL files), without the dependency parser.
     */
    public static LanguagePipeline pretokenized() {
        return CoreNlpPipeline.load(CoreNlpSettings.storyline().withPretokenized().withoutDependencies());
    }
}
