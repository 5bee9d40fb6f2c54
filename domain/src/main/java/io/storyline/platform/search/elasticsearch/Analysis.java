package io.storyline.platform.search.elasticsearch;

import io.storyline.platform.search.SearchAnalysers;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The {@link SearchAnalysers} for an Elasticsearch or OpenSearch cluster, built from the cluster's own tokenizer and
 * filters so they match the Lucene backend's: standard words, possessives removed, lowercase, ASCII folding, Porter
 * stemming for {@value SearchAnalysers#ENGLISH}; no stemming for {@value SearchAnalysers#EXACT}.
 */
public class Analysis implements ElasticsearchAnalysisConfigurer {

    static final String POSSESSIVE = "storyline_english_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.analyzer(SearchAnalysers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
        context.analyzer(SearchAnalysers.EXACT).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
