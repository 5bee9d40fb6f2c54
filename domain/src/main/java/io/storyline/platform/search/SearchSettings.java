package io.storyline.platform.search;

import io.storyline.platform.config.DataDirectory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Gives Hibernate Search its backend settings from MicroProfile Config when the persistence unit starts, so they
 * are read the same way on every server (system property, environment variable, then the defaults in
 * {@code META-INF/microprofile-config.properties}) instead of through one server's expressions in
 * {@code persistence.xml}. Hibernate finds this class through {@code META-INF/services}.
 *
 * <ul>
 *   <li>{@code storyline.search.backend}: {@code lucene} (default: the index in {@code index/} under the data
 *       folder) or {@code elasticsearch} (an Elasticsearch or OpenSearch cluster);</li>
 *   <li>{@code storyline.search.hosts}, {@code storyline.search.protocol}, {@code storyline.search.username},
 *       {@code storyline.search.password}: where that cluster is.</li>
 * </ul>
 *
 * With the backend comes its analysis configurer ({@code hibernate.search.backend.analysis.configurer}): the
 * {@code Analysis} class of the package named after it, which defines the {@link SearchAnalysers}.
 *
 * A {@code hibernate.search.*} setting given to the unit explicitly is left as it is; a unit started with
 * {@code hibernate.search.enabled=false} is left alone.
 */
public class SearchSettings implements ServiceContributor {

    static final String BACKEND = "storyline.search.backend";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if ("false".equals(String.valueOf(registry.getSettings().get("hibernate.search.enabled")))) {
            return; // a unit without search (the middle-tier tests' database) needs no backend, nor a configuration
        }
        Config config = ConfigProvider.getConfig(SearchSettings.class.getClassLoader());
        settings(config::getOptionalValue).forEach((key, value) -> {
            if (!registry.getSettings().containsKey(key)) {
                registry.applySetting(key, value);
            }
        });
    }

    /** The Hibernate Search settings that the configuration read by {@code config} asks for. */
    static Map<String, String> settings(Lookup config) {
        String dataFolder = config.value(DataDirectory.KEY, String.class)
                .orElseThrow(() -> new IllegalStateException(DataDirectory.KEY + " is not set: Storyline does not know"
                        + " where its data folder is"));
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        String backend = config.value(BACKEND, String.class).orElse("lucene");
        settings.put("hibernate.search.backend.type", backend);
        if (backend.equals("lucene") || backend.equals("elasticsearch")) {
            // Named, not referenced: each class needs its backend's module, which only that backend's servers load.
            settings.put("hibernate.search.backend.analysis.configurer",
                    "io.storyline.platform.search." + backend + ".Analysis");
        }
        settings.put("hibernate.search.backend.directory.root",
                Path.of(dataFolder).toAbsolutePath().normalize().resolve("index").toString());
        settings.put("hibernate.search.backend.hosts", config.value("storyline.search.hosts", String.class)
                .orElse("localhost:9200"));
        settings.put("hibernate.search.backend.protocol", config.value("storyline.search.protocol", String.class)
                .orElse("http"));
        config.value("storyline.search.username", String.class)
                .ifPresent(user -> settings.put("hibernate.search.backend.username", user));
        config.value("storyline.search.password", String.class)
                .ifPresent(password -> settings.put("hibernate.search.backend.password", password));
        return settings;
    }

    /** {@link Config#getOptionalValue}, as a seam for the settings' test. */
    @FunctionalInterface
    interface Lookup {
        <T> Optional<T> value(String key, Class<T> type);
    }
}
