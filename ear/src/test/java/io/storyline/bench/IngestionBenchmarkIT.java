package io.storyline.bench;

import io.storyline.it.support.Api;
import io.storyline.it.support.StandaloneServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/**
 * Ingests a folder end to end through a fresh server (upload over HTTP, blob store, database, queue, extraction
 * workers) and prints documents/s, MB/s, p50 and p95 time to EXTRACTED and the peak heap; then parses the same
 * files with bare Tika, one thread per core, as the floor, and prints the ratio. Run with
 * {@code mvn verify -Pbenchmark}; the report also lands in {@code ear/target/benchmark/ingestion.txt}.
 */
class IngestionBenchmarkIT {

    private static final int BATCH = 8;

    @Test
    void ingestAFolderAndCompareWithBareTika() throws Exception {
        Path target = Path.of(System.getProperty("it.bench.dir"));
        List<Path> files = BenchmarkCorpus.files(target.resolve("corpus"));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        int cores = Runtime.getRuntime().availableProcessors();

        Map<String, String> report = new LinkedHashMap<>();
        report.put("corpus", files.size() + " files, " + mb(bytes) + " MB");
        try (StandaloneServer server = new StandaloneServer(target.resolve("server"), target.resolve("data"), 300)) {
            server.start(Duration.ofMinutes(4));
            Api admin = Api.asAdminOf(server.baseUri());
            warmUp(admin);
            admin.post("api/system/memory/reset-peak");
            HeapSampler heap = new HeapSampler(admin);
            heap.start();

            Instant start = Instant.now();
            int documents = upload(admin, files);
            List<JsonObject> settled = awaitAll(admin, documents + WARM_UP, Duration.ofMinutes(30));
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;

            // The extraction stage alone: every document read again, nothing else running.
            int reextracted = Api.object(admin.post("api/documents/reextract")).getInt("reextracted");
            Instant again = Instant.now();
            awaitAll(admin, reextracted, Duration.ofMinutes(30));
            double stageSeconds = Duration.between(again, Instant.now()).toMillis() / 1000.0;
            heap.stop();

            List<Long> latencies = new ArrayList<>();
            long failed = 0;
            for (JsonObject d : settled) {
                if (d.getString("filename").startsWith("warm-up-")) {
                    continue;
                }
                if (d.getString("status").equals("FAILED")) {
                    failed++;
                } else {
                    latencies.add(Duration.between(Instant.parse(d.getString("uploadedAt")),
                            Instant.parse(d.getString("extractedAt"))).toMillis());
                }
            }
            latencies.sort(Long::compare);
            report.put("pipeline", String.format(Locale.ROOT, "%.1f files/s, %.2f MB/s (%d files, %d documents, in %.1f s;"
                    + " %d failed)", files.size() / seconds, bytes / 1e6 / seconds, files.size(), documents, seconds, failed));
            report.put("time to EXTRACTED", "p50 " + percentile(latencies, 50) + " ms, p95 " + percentile(latencies, 95)
                    + " ms (upload accepted to text stored; includes waiting in the queue)");
            report.put("peak heap", mb(heap.maxUsed()) + " MB sampled every 200 ms (sum of pool peaks: "
                    + mb(heap.peakOfPools()) + " MB), max " + mb(heap.max()) + " MB");

            double floorSeconds = bareTika(files, cores);
            double extractorSeconds = extractorAlone(files, cores);
            report.put("extractor alone", String.format(Locale.ROOT, "%.1f files/s (Storyline's extractor in this JVM:"
                    + " Tika plus article reading, dates, language; %d threads, %.1f s)", files.size() / extractorSeconds,
                    cores, extractorSeconds));
            report.put("bare Tika floor", String.format(Locale.ROOT, "%.1f files/s, %.2f MB/s (%d threads, %.1f s)",
                    files.size() / floorSeconds, bytes / 1e6 / floorSeconds, cores, floorSeconds));
            report.put("extraction stage", String.format(Locale.ROOT, "%.1f files/s, %.2f MB/s: all %d documents read again"
                    + " with nothing else running (claim, read, store, link near-duplicates, announce) in %.1f s",
                    reextracted / stageSeconds, bytes / 1e6 / stageSeconds, reextracted, stageSeconds));
            report.put("ratio", String.format(Locale.ROOT, "extraction stage %.2fx the floor's time (target 1.25x);"
                    + " end to end, with upload over HTTP, %.2fx", stageSeconds / floorSeconds, seconds / floorSeconds));
        }
        StringBuilder text = new StringBuilder("Ingestion benchmark, " + Instant.now() + ", " + cores + " cores\n");
        report.forEach((k, v) -> text.append(String.format(Locale.ROOT, "  %-18s %s%n", k, v)));
        System.out.println(text);
        Files.createDirectories(target);
        Files.writeString(target.resolve("ingestion.txt"), text, StandardCharsets.UTF_8);
    }

    private static final int WARM_UP = 6;

    private static void warmUp(Api admin) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < WARM_UP; i++) {
            files.put("warm-up-" + i + ".txt", ("Warm up " + i + " " + Instant.now() + "\n\nThe talks went on in Cairo on"
                    + " Wednesday, officials said, as delegations met again.").getBytes(StandardCharsets.UTF_8));
        }
        admin.postFiles("api/documents", files, Map.of());
        awaitAll(admin, WARM_UP, Duration.ofMinutes(2));
    }

    /** Uploads the files by batches from two clients; answers how many distinct documents they made. */
    private static int upload(Api admin, List<Path> files) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<java.util.Set<Integer>>> sent = new ArrayList<>();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            sent.add(clients.submit(() -> {
                Map<String, byte[]> parts = new LinkedHashMap<>();
                for (Path file : batch) {
                    parts.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
                var response = admin.postFiles("api/documents", parts, Map.of());
                if (response.statusCode() != 202) {
                    throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
                }
                java.util.Set<Integer> ids = new java.util.HashSet<>();
                Api.array(response).forEach(r -> ids.add(r.asJsonObject().getInt("id")));
                return ids;
            }));
        }
        java.util.Set<Integer> documents = new java.util.HashSet<>();
        for (Future<java.util.Set<Integer>> f : sent) {
            documents.addAll(f.get());
        }
        clients.shutdown();
        return documents.size();
    }

    /** Waits until this many documents are extracted (or further) or failed, and answers them all. */
    private static List<JsonObject> awaitAll(Api admin, int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            long extracted = 0;
            for (String status : List.of("EXTRACTED", "ANALYZING", "ANALYZED")) { // analysis moves them on meanwhile
                extracted += Api.object(admin.get("api/documents?status=" + status + "&size=1")).getInt("total");
            }
            long failed = Api.object(admin.get("api/documents?status=FAILED&size=1")).getInt("total");
            if (extracted + failed >= count) {
                List<JsonObject> all = new ArrayList<>();
                for (int page = 0; ; page++) {
                    JsonObject items = Api.object(admin.get("api/documents?size=500&page=" + page));
                    items.getJsonArray("items").stream().map(JsonValue::asJsonObject).forEach(all::add);
                    if (all.size() >= items.getInt("total")) {
                        return all;
                    }
                }
            }
            Api.sleep(200);
        }
        throw new AssertionError("the documents did not all settle within " + timeout);
    }

    /** Parses every file with Tika's AutoDetectParser on {@code threads} threads, after a warm-up; answers seconds. */
    private static double bareTika(List<Path> files, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        for (Path file : files.subList(0, Math.min(30, files.size()))) {
            parse(parser, file);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong characters = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (Path file : files) {
            work.add(pool.submit(() -> {
                characters.addAndGet(parse(parser, file));
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return seconds;
    }

    /** The same files through Storyline's own extractor, without the server: what extraction itself costs. */
    private static double extractorAlone(List<Path> files, int threads) throws Exception {
        var extractor = new io.storyline.ingestion.extraction.internal.TikaExtractor(
                new io.storyline.ingestion.extraction.ExtractionLimits(5_000_000, Duration.ofMinutes(2), true, "eng"));
        org.apache.tika.Tika detector = new org.apache.tika.Tika();
        java.time.LocalDate today = java.time.LocalDate.now();
        for (Path file : files.subList(0, Math.min(30, files.size()))) {
            extractor.extract(file, file.getFileName().toString(), detector.detect(file), today);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (Path file : files) {
            work.add(pool.submit(() -> extractor.extract(file, file.getFileName().toString(), detector.detect(file), today)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return seconds;
    }

    private static int parse(AutoDetectParser parser, Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = org.apache.tika.io.TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        return handler.toString().length();
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Samples the server's heap while the benchmark runs. */
    private static final class HeapSampler {
        private final Api admin;
        private final Thread thread;
        private volatile boolean running = true;
        private long maxUsed;
        private long peakOfPools;
        private long max;

        HeapSampler(Api admin) {
            this.admin = admin;
            this.thread = new Thread(this::sample, "heap-sampler");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            JsonObject heap = Api.object(admin.get("api/system")).getJsonObject("heap");
            peakOfPools = heap.getJsonNumber("peakBytes").longValue();
            max = heap.getJsonNumber("maxBytes").longValue();
        }

        private void sample() {
            while (running) {
                try {
                    JsonObject heap = Api.object(admin.get("api/system")).getJsonObject("heap");
                    maxUsed = Math.max(maxUsed, heap.getJsonNumber("usedBytes").longValue());
                } catch (RuntimeException e) {
                    // a missed sample is not a failed benchmark
                }
                Api.sleep(200);
            }
        }

        long maxUsed() {
            return maxUsed;
        }

        long peakOfPools() {
            return peakOfPools;
        }

        long max() {
            return max;
        }
    }
}
