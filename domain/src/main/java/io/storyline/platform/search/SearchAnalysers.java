package io.storyline.platform.search;

/**
 * The names of the analysers the mapping uses ({@link SearchRecord}, {@link TextMapping}), defined alike for each
 * backend by the {@code Analysis} class of the package named after it ({@code ...search.lucene},
 * {@code ...search.elasticsearch}; {@link SearchSettings} picks it by {@code storyline.search.backend}):
 * {@value #ENGLISH}: words lowercased, accents folded, English possessives and endings removed, so "protest" finds
 * "protests" and "protested"; for the fields searched by default. {@value #EXACT}: lowercased and folded, nothing
 * removed; for the fields that match words as written (quoted phrases, spelling suggestions). Changing an analyser
 * changes what the index holds: raise {@link SearchRecord#MAPPING_VERSION} with it, and the index is rebuilt on the
 * next start.
 */
public final class SearchAnalysers {

    public static final String ENGLISH = "english";
    public static final String EXACT = "exact";

    private SearchAnalysers() {
    }
}
