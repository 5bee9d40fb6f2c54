package io.storyline.web.admin.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class ConfigurationInEffectTest {

    @Test
    void keysNamingASecretAreMaskedWhateverTheirCase() {
        for (String key : List.of("storyline.bootstrap.admin-password", "storyline.smtp.PASSWORD",
                "storyline.api.secret", "storyline.geo.token", "storyline.maps.api-key", "storyline.s3.credentials")) {
            assertTrue(ConfigurationInEffect.isSecret(key), key);
            assertEquals("••••", ConfigurationInEffect.shown(key, "hunter2-hunter2"), key);
        }
    }

    @Test
    void ordinaryKeysShowTheirValueShortenedWhenHuge() {
        assertFalse(ConfigurationInEffect.isSecret("storyline.data.dir"));
        assertEquals("/srv/storyline", ConfigurationInEffect.shown("storyline.data.dir", "/srv/storyline"));
        String shown = ConfigurationInEffect.shown("storyline.import.roots", "x".repeat(5000));
        assertTrue(shown.length() <= 501 && shown.endsWith("…"), shown.length() + "");
    }

    @Test
    void onlyStorylineKeysAreListedSortedWithSecretsMasked() {
        Map<String, String> values = new TreeMap<>(Map.of(
                "storyline.upload.max-bytes", "5242880",
                "storyline.bootstrap.admin-password", "it-Admin-Passw0rd",
                "storyline.data.dir", "/data",
                "java.home", "/usr/lib/jvm",
                "db.password", "not ours"));
        List<Fact> facts = ConfigurationInEffect.of(new MapConfig(values));
        assertEquals(List.of("storyline.bootstrap.admin-password", "storyline.data.dir", "storyline.upload.max-bytes"),
                facts.stream().map(Fact::getName).toList());
        assertEquals("••••", facts.get(0).getValue());
        assertEquals("/data", facts.get(1).getValue());
        assertFalse(facts.stream().anyMatch(f -> f.getValue().contains("Passw0rd")));
    }

    /** Configuration from a map, as MicroProfile Config answers it. */
    private record MapConfig(Map<String, String> values) implements Config {
        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            String value = values.get(name);
            return new ConfigValue() {
                public String getName() { return name; }
                public String getValue() { return value; }
                public String getRawValue() { return value; }
                public String getSourceName() { return "test"; }
                public int getSourceOrdinal() { return 100; }
            };
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).map(type::cast);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException("nothing to unwrap");
        }
    }
}
