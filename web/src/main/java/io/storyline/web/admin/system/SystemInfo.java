package io.storyline.web.admin.system;

import io.storyline.platform.config.StorylineDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Gathers the system report for the System page and {@code GET /api/system}. */
@ApplicationScoped
public class SystemInfo {

    @Inject
    ServletContext servlet;

    @Inject
    Config config;

    @Inject
    StorageSizes storage;

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    @Resource(lookup = StorylineDatabase.JNDI_NAME)
    DataSource dataSource;

    /** One health check's answer. */
    public record Check(String kind, String name, String status, Map<String, Object> data) {
        public String getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public String getStatus() {
            return status;
        }

        public String getData() {
            return data.toString();
        }
    }

    public List<Fact> versions() {
        List<Fact> versions = new ArrayList<>(Versions.of(servlet));
        versions.add(new Fact("Database", database()));
        return versions;
    }

    public List<Fact> configuration() {
        return ConfigurationInEffect.of(config);
    }

    /** The application's readiness and liveness checks, called now (the server's own checks are not included). */
    public List<Check> health() {
        List<Check> checks = new ArrayList<>();
        readiness.forEach(check -> checks.add(call("readiness", check)));
        liveness.forEach(check -> checks.add(call("liveness", check)));
        return checks;
    }

    private static Check call(String kind, HealthCheck check) {
        try {
            HealthCheckResponse response = check.call();
            Map<String, Object> data = response.getData().<Map<String, Object>>map(LinkedHashMap::new).orElse(Map.of());
            return new Check(kind, response.getName(), response.getStatus().name(), data);
        } catch (RuntimeException e) {
            // A check that throws is reported as down, as MicroProfile Health itself would.
            return new Check(kind, check.getClass().getSimpleName(), "DOWN", Map.of("error", String.valueOf(e)));
        }
    }

    public Map<String, Long> heap() {
        MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Map<String, Long> heap = new LinkedHashMap<>();
        heap.put("usedBytes", usage.getUsed());
        heap.put("committedBytes", usage.getCommitted());
        heap.put("maxBytes", usage.getMax());
        heap.put("peakBytes", heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        return heap;
    }

    public Map<String, Long> nonHeap() {
        MemoryUsage usage = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        Map<String, Long> nonHeap = new LinkedHashMap<>();
        nonHeap.put("usedBytes", usage.getUsed());
        nonHeap.put("committedBytes", usage.getCommitted());
        return nonHeap;
    }

    /** Starts counting the heap's peak afresh. */
    public void resetPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public StorageSizes.Snapshot storage() {
        return storage.sizes();
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unavailable: " + e.getMessage();
        }
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
