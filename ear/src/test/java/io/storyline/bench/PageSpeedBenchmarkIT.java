package io.storyline.bench;

import io.storyline.bench.ArchiveGenerator.Archive;
import io.storyline.bench.PageRequests.Kind;
import io.storyline.it.support.Api;
import io.storyline.it.support.StandaloneServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How fast the documents table and the search page answer on a large archive: generates an archive of 100,000
 * analysed documents straight into a fresh server's database, starts the server on it, has an admin rebuild the
 * search index, then lets 20 signed-in users browse (documents table with and without filters, the documents API
 * on early and deep pages, the search page with words and with facets, the search API), then search only, and
 * reports p50, p95 and p99 per kind of request against the target (p95 under 300 ms for the two pages), the
 * re-index time, the index size and the heap's peak. Run with {@code mvn verify -Ppage-benchmark}; the report also lands in
 * {@code ear/target/benchmark/page-speed.md} and {@code .json}. Settings (system properties):
 * {@code bench.pages.documents} (100000), {@code bench.pages.users} (20), {@code bench.pages.seconds} (per measured
 * phase, 90), {@code bench.pages.reuse} (true: keep an archive an earlier run made in {@code target/page-benchmark}),
 * {@code bench.pages.saturation} (true: a last phase without think time).
 */
@EnabledIfSystemProperty(named = "it.pages.dir", matches = ".+")
class PageSpeedBenchmarkIT {

    static final String PASSWORD = "bench-Reader-Passw0rd";

    @Test
    void documentsTableAndSearchPageUnderLoad() throws Exception {
        Path dir = Path.of(System.getProperty("it.pages.dir"));
        Path reports = Path.of(System.getProperty("it.bench.dir"));
        int documents = Integer.getInteger("bench.pages.documents", 100_000);
        int users = Integer.getInteger("bench.pages.users", 20);
        Duration phase = Duration.ofSeconds(Long.getLong("bench.pages.seconds", 90));
        PageReport report = new PageReport(documents, users, phase);

        try {
            measure(dir, documents, users, phase, report);
        } finally {
            report.write(reports);
        }
    }

    private static void measure(Path dir, int documents, int users, Duration phase, PageReport report)
            throws Exception {
        Path data = dir.resolve("data");
        ArchiveGenerator generator = new ArchiveGenerator(data, documents);
        Archive archive = Boolean.getBoolean("bench.pages.reuse") ? generator.existing() : null;
        if (archive == null) {
            deleteTree(data);
            archive = generator.generate();
        }
        report.put("archive", archive.summary());

        try (StandaloneServer server = new StandaloneServer(dir.resolve("server"), data, 400)) {
            Instant booting = Instant.now();
            server.start(Duration.ofMinutes(8));
            report.put("server start", seconds(booting) + " s to ready (language models included)");
            Api admin = Api.asAdminOf(server.baseUri());

            try (HeapWatch heap = HeapWatch.start(admin)) {
                reindex(admin, report);
                report.put("heap while indexing", heap.describe());
            }
            report.put("index size", mb(folderSize(data.resolve("index"))) + " MB on disk (" + data.resolve("index")
                    + "); database " + mb(folderSize(data.resolve("db"))) + " MB");

            List<BrowserSession> sessions = signIn(admin, server, archive, users);
            report.put("URL filters", filtersApplied(sessions.get(0), admin));
            PageRequests all = new PageRequests(archive, EnumSet.allOf(Kind.class));
            PageRequests search = new PageRequests(archive, EnumSet.of(Kind.SEARCH_PAGE, Kind.SEARCH_PAGE_FACET,
                    Kind.API_SEARCH));
            PageLoad load = new PageLoad(sessions);
            PageLoad.Result warmUp = load.run("warm-up", all, Duration.ofSeconds(30), Duration.ZERO,
                    Duration.ofMillis(500), 1);
            report.put("warm-up", warmUp.samples().size() + " requests in 30 s (not counted)");
            settle(admin, report, "after the warm-up");
            try (HeapWatch heap = HeapWatch.start(admin)) {
                report.add(load.run(users + " users, every kind of request, think time 0.5-2 s", all, phase,
                        Duration.ofMillis(500), Duration.ofSeconds(2), 2));
                settle(admin, report, "after the mixed phase");
                report.add(load.run(users + " users, search only, think time 0.5-2 s", search, phase,
                        Duration.ofMillis(500), Duration.ofSeconds(2), 3));
                if (Boolean.getBoolean("bench.pages.saturation")) {
                    settle(admin, report, "after the search phase");
                    report.add(load.run(users + " users, every kind of request, no think time", all, phase,
                            Duration.ZERO, Duration.ZERO, 4));
                }
                report.put("heap under load", heap.describe());
            }
        }
    }

    /**
     * Waits until the server answers an admin's small request within a second again: requests the load's users
     * gave up on may still be running, and would weigh on the next phase.
     */
    private static void settle(Api admin, PageReport report, String when) {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).toMinutes() < 10) {
            long t0 = System.nanoTime();
            try {
                admin.get("api/search/index");
                if ((System.nanoTime() - t0) / 1_000_000 < 1000) {
                    break;
                }
            } catch (RuntimeException e) {
                // still busy
            }
            Api.sleep(2000);
        }
        long waited = seconds(start);
        if (waited > 2) {
            report.put("settling " + when, "the server took " + waited + " s to answer promptly again");
        }
    }

    /** Starts the full re-index as an admin would and waits for it; reports its time. */
    private static void reindex(Api admin, PageReport report) {
        Instant start = Instant.now();
        HttpResponse<String> started = admin.post("api/search/index");
        if (started.statusCode() != 202) {
            throw new IllegalStateException("re-index answered " + started.statusCode() + ": " + started.body());
        }
        JsonObject status;
        do {
            Api.sleep(1000);
            status = Api.object(admin.get("api/search/index"));
        } while (status.getBoolean("running") && Duration.between(start, Instant.now()).toMinutes() < 90);
        long indexed = status.getJsonNumber("documents").longValue();
        long records = status.getJsonNumber("records").longValue();
        report.put("re-index", String.format(Locale.ROOT, "%d of %d records in %d s (%.0f documents/s; server: %s)",
                indexed, records, seconds(start), indexed / Math.max(1.0, seconds(start)),
                status.getString("lastMessage", "")));
        if (indexed != records || status.getBoolean("running")) {
            throw new AssertionError("the index holds " + indexed + " documents of " + records + " records");
        }
    }

    /**
     * Whether the documents page applies filters given in its URL: the total its paginator shows for
     * {@code ?lang=fr} against what the API counts for that language and in all.
     */
    private static String filtersApplied(BrowserSession session, Api admin) throws IOException, InterruptedException {
        long all = Api.object(admin.get("api/documents?size=1")).getJsonNumber("total").longValue();
        long french = Api.object(admin.get("api/documents?size=1&language=fr")).getJsonNumber("total").longValue();
        HttpResponse<String> page = session.get("documents/list.xhtml?lang=fr");
        Matcher shown = Pattern.compile("of ([\\d,.\u00a0 ]+)</span>")
                .matcher(page.body());
        String total = shown.find() ? shown.group(1).replaceAll("[^0-9]", "") : "?";
        String verdict = total.equals(String.valueOf(french)) ? "applied" : total.equals(String.valueOf(all))
                ? "IGNORED (the table shows every document)" : "unclear";
        return "documents/list.xhtml?lang=fr shows " + total + " documents; the API counts " + french + " in French, "
                + all + " in all: " + verdict;
    }

    /** Accounts for the virtual users (readers, archivists and editors), each signed in through the login form. */
    private static List<BrowserSession> signIn(Api admin, StandaloneServer server, Archive archive, int users)
            throws IOException, InterruptedException {
        List<BrowserSession> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String name = archive.uploaders().get(i % archive.uploaders().size()) + (i < archive.uploaders().size()
                    ? "" : "-" + i);
            String role = i % 4 == 0 ? "EDITOR" : i % 4 == 1 ? "ARCHIVIST" : "READER";
            HttpResponse<String> created = admin.postJson("api/users", "{\"username\":\"" + name
                    + "\",\"displayName\":\"" + name + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD
                    + "\"}");
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("could not create " + name + ": " + created.statusCode() + " "
                        + created.body());
            }
            BrowserSession session = new BrowserSession(server.baseUri());
            session.signIn(name, PASSWORD);
            sessions.add(session);
        }
        return sessions;
    }

    private static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static long folderSize(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
