package io.storyline.analysis.benchmark;

import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineAssembler;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.timeline.EventLink;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.domain.timeline.TimelineRow;
import io.storyline.domain.timeline.jpa.BenchmarkRepositories;
import io.storyline.platform.schema.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Builds timelines the way the server does, warm, on an archive at scale: an H2 file database (the server's
 * engine and URL options) migrated by the real migrations and filled by {@link TimelineArchive}, the real
 * persistence unit on Hibernate ORM, a fresh entity manager and transaction per timeline as in a request. Each run
 * is what {@code TimelinesBean.timeline} does: the entity check, the editors' links, the repository's two SQL
 * statements and the assembly (event types come from the seed list, in memory). Prints p50/p95/p99/max of the
 * whole path and of its parts, then the database time per SQL statement from H2's query statistics.
 *
 * <pre>mvn -pl analysis -am verify -Ptimeline-benchmark [-Dtimeline-benchmark.events=n]
 *     [-Dtimeline-benchmark.documents=n] [-Dtimeline-benchmark.runs=n]</pre>
 */
public final class TimelineBenchmark {

    /** The server's default for {@code storyline.timeline.max-events}. */
    private static final int MAX_EVENTS = 20_000;
    private static final int STATISTICS_RUNS = 20;
    private static final double TARGET_P95_MS = 200;

    private TimelineBenchmark() {
    }

    record Scenario(String name, TimelineFilter filter, boolean links) {
    }

    /** Nanoseconds: the whole path, the entity check and links (with opening and closing), the query, the assembly. */
    record Sample(long total, long lookups, long query, long assembly, Timeline timeline) {
    }

    record Result(Scenario scenario, long[] total, long[] lookups, long[] query, long[] assembly, Timeline timeline,
            double allocatedMb, long peakHeapMb) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f |", scenario.name(),
                    timeline.events(), timeline.entries().size(), ms(total, 50), ms(total, 95), ms(total, 99),
                    ms(total, 100));
        }

        String parts() {
            long merged = timeline.entries().stream().filter(e -> e.citations().size() > 1).count();
            int largest = timeline.entries().stream().mapToInt(e -> e.citations().size()).max().orElse(0);
            return String.format(Locale.ROOT,
                    "| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %,d | %d | %.0f | %,d |",
                    scenario.name(), ms(query, 50), ms(query, 95), ms(assembly, 50), ms(assembly, 95),
                    ms(lookups, 50), ms(lookups, 95), merged, largest, allocatedMb, peakHeapMb);
        }
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.parseInt(arg(args, "--events", "10000"));
        int documents = Integer.parseInt(arg(args, "--documents", "5000"));
        int runs = Integer.parseInt(arg(args, "--runs", "200"));
        int warmUp = Integer.parseInt(arg(args, "--warm-up", "30"));
        Path out = Path.of(arg(args, "--out", "target/benchmark")).toAbsolutePath();
        Path db = out.resolve("timeline-db");
        deleteFolder(db);
        Files.createDirectories(db);
        // The server's URL options (ear/src/main/wildfly/configure.cli), and a pool as the server has one.
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + db.resolve("storyline")
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        EntityManagerFactory factory = null;
        try {
            String schema = SchemaMigrations.migrate(pool);
            long start = System.nanoTime();
            TimelineArchive.Summary archive = TimelineArchive.seed(pool, documents, events, 2 * events);
            double seedSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "archive seeded in %.1f s%n", seedSeconds);
            EntityManagerFactory units = Persistence.createEntityManagerFactory("storyline", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.nonJtaDataSource", pool,
                    "jakarta.persistence.jtaDataSource", pool,
                    "hibernate.dialect", "org.hibernate.dialect.H2Dialect",
                "hibernate.search.enabled", "false"));
            factory = units;
            Map<String, String> typeNames = TimelineArchive.typeNames();
            int year = 2023;
            List<Scenario> scenarios = List.of(
                    new Scenario("entity, no editor links", TimelineFilter.ofEntity(TimelineArchive.TARGET), false),
                    new Scenario("entity, " + archive.links() + " editor links",
                            TimelineFilter.ofEntity(TimelineArchive.TARGET), true),
                    new Scenario("entity, one year (" + year + ")", new TimelineFilter(TimelineArchive.TARGET, null,
                            null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), true),
                    new Scenario("words (q=\"" + TimelineArchive.WORD + "\")", new TimelineFilter(null,
                            TimelineArchive.WORD, null, null, null), true));
            List<Result> results = new ArrayList<>();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            for (Scenario s : scenarios) {
                results.add(measure(units, s, typeNames, warmUp, runs));
            }
            double[] load = {loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
            long heapAfter = heapAfterGc();
            List<String> statistics = QueryStatistics.collect(pool, scenarios, s -> once(units, s, typeNames),
                    STATISTICS_RUNS);
            String report = report(archive, schema, seedSeconds, Files.size(db.resolve("storyline.mv.db")), runs,
                    warmUp, load, results, statistics, heapAfter);
            System.out.println(report);
            Files.createDirectories(out);
            Files.writeString(out.resolve("timeline-benchmark.md"), report, StandardCharsets.UTF_8);
        } finally {
            if (factory != null) {
                factory.close();
            }
            pool.dispose();
        }
    }

    private static Result measure(EntityManagerFactory factory, Scenario s, Map<String, String> typeNames, int warmUp,
            int runs) {
        for (int i = 0; i < warmUp; i++) {
            once(factory, s, typeNames);
        }
        heapAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long[] total = new long[runs];
        long[] lookups = new long[runs];
        long[] query = new long[runs];
        long[] assembly = new long[runs];
        Timeline last = null;
        for (int i = 0; i < runs; i++) {
            Sample sample = once(factory, s, typeNames);
            total[i] = sample.total();
            lookups[i] = sample.lookups();
            query[i] = sample.query();
            assembly[i] = sample.assembly();
            last = sample.timeline();
        }
        double allocated = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocatedBefore)
                / (double) runs / (1 << 20);
        Result r = new Result(s, total, lookups, query, assembly, last, allocated, peakHeapMb());
        System.out.println(r.row());
        return r;
    }

    /** One timeline, as one request of the server makes it. */
    static Sample once(EntityManagerFactory factory, Scenario s, Map<String, String> typeNames) {
        long start = System.nanoTime();
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Long entity = s.filter().entityId();
            if (entity != null && em.find(NamedEntity.class, entity) == null) {
                throw new IllegalStateException("there is no entity " + entity);
            }
            Collection<EventLink> links = s.links() ? BenchmarkRepositories.links(em).active() : List.of();
            long queried = System.nanoTime();
            List<TimelineRow> found = BenchmarkRepositories.timeline(em).events(s.filter(), MAX_EVENTS + 1);
            long assembling = System.nanoTime();
            boolean truncated = found.size() > MAX_EVENTS;
            Timeline timeline = new TimelineAssembler(typeNames).assemble(truncated ? found.subList(0, MAX_EVENTS)
                    : found, links, truncated);
            long assembled = System.nanoTime();
            em.getTransaction().commit();
            em.close();
            long end = System.nanoTime();
            return new Sample(end - start, (queried - start) + (end - assembled), assembling - queried,
                    assembled - assembling, timeline);
        } finally {
            if (em.isOpen()) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    private static String report(TimelineArchive.Summary a, String schema, double seedSeconds, long dbBytes, int runs,
            int warmUp, double[] load, List<Result> results, List<String> statistics, long heapAfter) {
        StringBuilder r = new StringBuilder();
        r.append("# Timeline benchmark\n\n");
        r.append(String.format(Locale.ROOT, "Archive: %,d documents, %,d entities, %,d events of the target entity"
                        + " (reports of %,d happenings; dates: %s) and %,d events without it, %,d participants,"
                        + " %d editor links; H2 file database (schema %s), %,d MB on disk, seeded in %.0f s.%n%n",
                a.documents(), a.entities(), a.targetEvents(), a.happenings(), granularity(a.granularity()),
                a.otherEvents(), a.participants(), a.links(), schema, dbBytes >> 20, seedSeconds));
        r.append(String.format(Locale.ROOT, "Machine: %d cores (load average %.1f before the runs, %.1f after),"
                        + " Java %s, max heap %,d MB. Each timeline: %d warm-up runs, then %d measured runs, one after"
                        + " the other; each run opens an entity manager and a resource-local transaction, checks the"
                        + " entity, reads the editors' links (when used), runs the repository's query and the"
                        + " assembler, commits and closes. Times in ms.%n%n",
                Runtime.getRuntime().availableProcessors(), load[0], load[1], System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, warmUp, runs));
        r.append("## Whole path\n\n| timeline | events | entries | p50 | p95 | p99 | max |\n"
                + "|---|---|---|---|---|---|---|\n");
        results.forEach(x -> r.append(x.row()).append('\n'));
        Result entity = results.get(0);
        double p95 = Math.max(ms(results.get(0).total(), 95), ms(results.get(1).total(), 95));
        r.append(String.format(Locale.ROOT, "%nTarget: the timeline of an entity with %,d events across %,d documents,"
                        + " p95 under %.0f ms warm. Measured p95: %.1f ms (worse of with and without links): %s.%n%n",
                entity.timeline().events(), a.documents(), TARGET_P95_MS, p95, p95 < TARGET_P95_MS ? "met"
                        : "NOT met"));
        r.append("## Parts (p50 / p95)\n\n| timeline | query | assembly | entity check, links, open/close |"
                + " entries of several reports | largest entry (reports) | allocated per run (MB) |"
                + " peak heap (MB) |\n|---|---|---|---|---|---|---|---|\n");
        results.forEach(x -> r.append(x.parts()).append('\n'));
        r.append(String.format(Locale.ROOT, "%nQuery: `JpaTimelineRepository.events` (both SQL statements, reading"
                + " and mapping the rows). Assembly: `TimelineAssembler.assemble`. Heap used after a full GC once"
                + " the runs are over: %,d MB; peak heap includes garbage.%n%n", heapAfter));
        r.append(String.format(Locale.ROOT, "## Database time per SQL statement%n%nH2's query statistics over %d"
                + " more runs of each timeline (execution inside H2, without the JDBC and Hibernate work around"
                + " it).%n%n| timeline | statement | executions | avg ms | avg rows |%n|---|---|---|---|---|%n",
                STATISTICS_RUNS));
        statistics.forEach(line -> r.append(line).append('\n'));
        return r.toString();
    }

    private static String granularity(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey().toLowerCase(Locale.ROOT)))
                .toList());
    }

    static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
