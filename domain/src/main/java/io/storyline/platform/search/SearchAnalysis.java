package io.storyline.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the Lucene index, named by the mapping ({@link SearchRecord}, {@link TextMapping}):
 * {@value #ENGLISH} (words lowercased, accents folded, English possessives and endings removed, so "protest" finds
 * "protests" and "protested") for the fields searched by default, and {@value #EXACT} (lowercased and folded, nothing
 * removed) for the fields that match words as written: quoted phrases and spelling suggestions. Factories are named,
 * not referenced as classes, so this class needs no Lucene type. An Elasticsearch or OpenSearch backend needs a
 * configurer of its own that defines the same two names. The persistence unit names this class
 * ({@code hibernate.search.backend.analysis.configurer}); changing an analyser changes what the index holds, so raise
 * {@link SearchRecord#MAPPING_VERSION} with it (the index is rebuilt on the next start).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";
    public static final String EXACT = "exact";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.analyzer(EXACT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
