package io.storyline.analysis.pipeline;

import io.storyline.analysis.knowledge.SeedKnowledge;
import io.storyline.analysis.language.LanguagePipeline;
import io.storyline.analysis.language.LanguagePipelines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real CoreNLP models, loaded once per test JVM (10–20 s) and shared, as the server shares them. */
public final class RealModels {

    private static LanguagePipeline pipeline;
    private static DocumentAnalyzer analyzer;

    private RealModels() {
    }

    public static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = LanguagePipelines.storyline();
        }
        return pipeline;
    }

    /** An analyzer on the real models with the seed knowledge, as a fresh archive has it. */
    public static synchronized DocumentAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new DocumentAnalyzer(pipeline(), SeedKnowledge.knowledge());
        }
        return analyzer;
    }

    public static String sample(String name) {
        try (InputStream in = RealModels.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource samples/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
