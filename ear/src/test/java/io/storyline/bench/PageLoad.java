package io.storyline.bench;

import io.storyline.bench.PageRequests.Kind;
import io.storyline.bench.PageRequests.Request;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Virtual users, each a signed-in {@link BrowserSession} on its own thread, making requests from {@link PageRequests}
 * for a fixed time, with or without think time between them; each answer timed and checked (HTTP 200 and the
 * content the kind expects).
 */
final class PageLoad {

    /** One answered (or failed) request. */
    record Sample(Kind kind, String variant, long millis, boolean ok, String problem) {
    }

    /** What a phase measured. */
    record Result(String name, int users, double seconds, List<Sample> samples) {

        List<Sample> of(Kind kind) {
            return samples.stream().filter(s -> s.kind() == kind).toList();
        }

        List<Sample> ofPage(String page) {
            return samples.stream().filter(s -> page.equals(s.kind().page)).toList();
        }

        /** Samples by kind, then variant. */
        Map<Kind, Map<String, List<Sample>>> byVariant() {
            Map<Kind, Map<String, List<Sample>>> out = new EnumMap<>(Kind.class);
            for (Sample s : samples) {
                out.computeIfAbsent(s.kind(), k -> new TreeMap<>()).computeIfAbsent(s.variant(), v -> new ArrayList<>())
                        .add(s);
            }
            return out;
        }
    }

    private final List<BrowserSession> sessions;

    PageLoad(List<BrowserSession> sessions) {
        this.sessions = sessions;
    }

    /**
     * Every user makes requests for {@code duration}, pausing a random time between {@code thinkMin} and
     * {@code thinkMax} after each answer.
     */
    Result run(String name, PageRequests requests, Duration duration, Duration thinkMin, Duration thinkMax,
               long seed) throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < sessions.size(); u++) {
            BrowserSession session = sessions.get(u);
            Random random = new Random(seed * 1000 + u);
            Thread t = new Thread(() -> {
                // Users start spread over the first think time, as they would arrive.
                pause(random, Duration.ZERO, thinkMax);
                while (System.nanoTime() < end) {
                    samples.add(call(session, requests.next(random)));
                    pause(random, thinkMin, thinkMax);
                }
            }, "user-" + u);
            users.add(t);
            t.start();
        }
        for (Thread t : users) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, sessions.size(), seconds, List.copyOf(samples));
    }

    private static Sample call(BrowserSession session, Request request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = session.get(request.path());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            if (response.statusCode() != 200) {
                return new Sample(request.kind(), request.variant(), millis, false, "HTTP " + response.statusCode()
                        + " for " + request.path());
            }
            if (!request.check().test(response.body())) {
                return new Sample(request.kind(), request.variant(), millis, false, "unexpected content for "
                        + request.path());
            }
            return new Sample(request.kind(), request.variant(), millis, true, null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Sample(request.kind(), request.variant(), (System.nanoTime() - t0) / 1_000_000, false,
                    e.getClass().getSimpleName() + " for " + request.path() + ": " + e.getMessage());
        }
    }

    private static void pause(Random random, Duration min, Duration max) {
        long range = max.toMillis() - min.toMillis();
        long millis = min.toMillis() + (range > 0 ? (long) (random.nextDouble() * range) : 0);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Latency figures of some samples: count, errors, p50, p95, p99, max (ms), requests per second. */
    record Figures(int count, int errors, long p50, long p95, long p99, long max, double perSecond) {

        static Figures of(List<Sample> samples, double seconds) {
            List<Long> millis = new ArrayList<>(samples.size());
            int errors = 0;
            for (Sample s : samples) {
                millis.add(s.millis());
                if (!s.ok()) {
                    errors++;
                }
            }
            Collections.sort(millis);
            return new Figures(samples.size(), errors, percentile(millis, 50), percentile(millis, 95),
                    percentile(millis, 99), millis.isEmpty() ? 0 : millis.get(millis.size() - 1),
                    samples.size() / seconds);
        }

        private static long percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }
}
