package io.storyline.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    @Test
    void theQuickStartIndexesIntoTheDataFolderWithLucene() {
        Map<String, String> settings = SearchSettings.settings(config(Map.of("storyline.data.dir", "/srv/storyline")));

        assertEquals("lucene", settings.get("hibernate.search.backend.type"));
        assertEquals(io.storyline.platform.search.lucene.Analysis.class.getName(),
                settings.get("hibernate.search.backend.analysis.configurer"));
        assertEquals(Path.of("/srv/storyline/index").toString(), settings.get("hibernate.search.backend.directory.root"));
        assertFalse(settings.containsKey("hibernate.search.backend.username"));
        assertFalse(settings.containsKey("hibernate.search.backend.password"));
    }

    @Test
    void aClusterIsReachedWhereTheConfigurationSays() {
        Map<String, String> settings = SearchSettings.settings(config(Map.of(
                "storyline.data.dir", "data", "storyline.search.backend", "elasticsearch",
                "storyline.search.hosts", "search1:9200,search2:9200", "storyline.search.protocol", "https",
                "storyline.search.username", "storyline", "storyline.search.password", "s3cret")));

        assertEquals("elasticsearch", settings.get("hibernate.search.backend.type"));
        assertEquals(io.storyline.platform.search.elasticsearch.Analysis.class.getName(),
                settings.get("hibernate.search.backend.analysis.configurer"));
        assertEquals("search1:9200,search2:9200", settings.get("hibernate.search.backend.hosts"));
        assertEquals("https", settings.get("hibernate.search.backend.protocol"));
        assertEquals("storyline", settings.get("hibernate.search.backend.username"));
        assertEquals("s3cret", settings.get("hibernate.search.backend.password"));
        assertEquals(Path.of("data").toAbsolutePath().resolve("index").toString(),
                settings.get("hibernate.search.backend.directory.root"));
    }

    @Test
    void withoutADataFolderTheUnitRefusesToStartRatherThanIndexSomewhereElse() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SearchSettings.settings(config(Map.of())));
        assertTrue(refused.getMessage().startsWith("storyline.data.dir is not set"), refused.getMessage());
    }

    private static SearchSettings.Lookup config(Map<String, String> values) {
        return new SearchSettings.Lookup() {
            @Override
            public <T> Optional<T> value(String key, Class<T> type) {
                return Optional.ofNullable(values.get(key)).map(type::cast);
            }
        };
    }
}
