package io.storyline.bench;

import io.storyline.it.support.Api;
import jakarta.json.JsonObject;

/**
 * Samples the server's used heap from {@code /api/system} every 200 ms while a stage runs, and reads the peak the
 * server's memory pools kept since the last reset ({@code POST /api/system/memory/reset-peak}).
 */
final class HeapWatch implements AutoCloseable {

    private final Api admin;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxUsed;

    private HeapWatch(Api admin) {
        this.admin = admin;
        this.thread = new Thread(this::sample, "heap-watch");
    }

    /** Resets the server's peak and starts sampling. */
    static HeapWatch start(Api admin) {
        admin.post("api/system/memory/reset-peak");
        HeapWatch watch = new HeapWatch(admin);
        watch.thread.setDaemon(true);
        watch.thread.start();
        return watch;
    }

    /** Highest used heap seen by sampling, in MB. */
    long maxUsedMb() {
        return maxUsed / (1024 * 1024);
    }

    /** What was seen: the highest used heap sampled, the pools' peak since the reset, and the maximum heap. */
    String describe() {
        try {
            JsonObject heap = Api.object(admin.get("api/system")).getJsonObject("heap");
            return "peak " + maxUsedMb() + " MB sampled (pools' peak " + heap.getJsonNumber("peakBytes").longValue()
                    / (1024 * 1024) + " MB) of " + heap.getJsonNumber("maxBytes").longValue() / (1024 * 1024)
                    + " MB max";
        } catch (RuntimeException e) {
            return "peak " + maxUsedMb() + " MB sampled (the server did not answer for the pools' peak: " + e + ")";
        }
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

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
