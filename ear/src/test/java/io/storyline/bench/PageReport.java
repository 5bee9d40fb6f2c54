package io.storyline.bench;

import io.storyline.bench.PageLoad.Figures;
import io.storyline.bench.PageLoad.Result;
import io.storyline.bench.PageLoad.Sample;
import io.storyline.bench.PageRequests.Kind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The page benchmark's report: the stages' figures, then one table per load phase (each kind of request, and the
 * two pages the target is about), printed and written as Markdown and JSON under {@code ear/target/benchmark}.
 */
final class PageReport {

    static final long TARGET_P95_MS = 300;
    private static final List<String> PAGES = List.of("documents table", "search page");

    private final Map<String, String> stages = new LinkedHashMap<>();
    private final List<Result> phases = new ArrayList<>();
    private final int documents;
    private final int users;
    private final Duration phase;

    PageReport(int documents, int users, Duration phase) {
        this.documents = documents;
        this.users = users;
        this.phase = phase;
    }

    void put(String stage, String figures) {
        stages.put(stage, figures);
        System.out.printf(Locale.ROOT, "[page-benchmark] %-20s %s%n", stage, figures);
    }

    void add(Result result) {
        phases.add(result);
        System.out.println(table(result));
    }

    void write(Path folder) throws IOException {
        StringBuilder md = new StringBuilder("# Page speed benchmark\n\n")
                .append(String.format(Locale.ROOT, "%s, %d cores, %d documents, %d users, %d s per phase."
                        + " Target: p95 < %d ms for the documents table and the search page.%n%n", Instant.now(),
                        Runtime.getRuntime().availableProcessors(), documents, users, phase.toSeconds(),
                        TARGET_P95_MS));
        stages.forEach((k, v) -> md.append("- **").append(k).append("**: ").append(v).append('\n'));
        for (Result r : phases) {
            md.append("\n## ").append(r.name()).append("\n\n").append(table(r)).append('\n').append(variants(r));
            Set<String> problems = new LinkedHashSet<>();
            r.samples().stream().filter(s -> !s.ok()).limit(200).forEach(s -> problems.add(s.problem()));
            if (!problems.isEmpty()) {
                md.append("\nErrors (first distinct):\n\n");
                problems.stream().limit(10).forEach(p -> md.append("- ").append(p).append('\n'));
            }
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("page-speed.md"), md, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("page-speed.json"), json(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    /** One row per kind of request, then one per page (its kinds together) with the verdict. */
    static String table(Result r) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%s (%.0f s)%n%n", r.name(), r.seconds()));
        t.append("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | req/s | target |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Kind k : Kind.values()) {
            if (!r.of(k).isEmpty()) {
                row(t, k.label, Figures.of(r.of(k), r.seconds()), null);
            }
        }
        for (String page : PAGES) {
            Figures f = Figures.of(r.ofPage(page), r.seconds());
            if (f.count() > 0) {
                row(t, "**" + page + " (all)**", f, f.p95() < TARGET_P95_MS && f.errors() == 0 ? "met" : "MISSED");
            }
        }
        Figures all = Figures.of(r.samples(), r.seconds());
        row(t, "all requests", all, null);
        return t.toString();
    }

    private static String variants(Result r) {
        StringBuilder t = new StringBuilder("\nBy variant:\n\n| request | variant | count | errors | p50 ms | p95 ms |"
                + " p99 ms | max ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        r.byVariant().forEach((kind, variants) -> variants.forEach((variant, samples) -> {
            Figures f = Figures.of(samples, r.seconds());
            t.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d |%n", kind.label, variant,
                    f.count(), f.errors(), f.p50(), f.p95(), f.p99(), f.max()));
        }));
        return t.toString();
    }

    private static void row(StringBuilder t, String label, Figures f, String verdict) {
        t.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.1f | %s |%n", label, f.count(),
                f.errors(), f.p50(), f.p95(), f.p99(), f.max(), f.perSecond(), verdict == null ? "" : verdict));
    }

    private String json() {
        JsonObjectBuilder root = Json.createObjectBuilder().add("when", Instant.now().toString())
                .add("cores", Runtime.getRuntime().availableProcessors()).add("documents", documents)
                .add("users", users).add("phaseSeconds", phase.toSeconds()).add("targetP95Millis", TARGET_P95_MS);
        JsonObjectBuilder stageJson = Json.createObjectBuilder();
        stages.forEach(stageJson::add);
        root.add("stages", stageJson);
        JsonArrayBuilder phaseJson = Json.createArrayBuilder();
        for (Result r : phases) {
            JsonObjectBuilder kinds = Json.createObjectBuilder();
            for (Kind k : Kind.values()) {
                kinds.add(k.name(), figures(r.of(k), r.seconds()));
            }
            JsonObjectBuilder pages = Json.createObjectBuilder();
            for (String page : PAGES) {
                pages.add(page, figures(r.ofPage(page), r.seconds()));
            }
            phaseJson.add(Json.createObjectBuilder().add("name", r.name()).add("seconds", r.seconds())
                    .add("requests", kinds).add("pages", pages));
        }
        root.add("phases", phaseJson);
        StringWriter out = new StringWriter();
        Json.createWriter(out).write(root.build());
        return out.toString();
    }

    private static JsonObjectBuilder figures(List<Sample> samples, double seconds) {
        Figures f = Figures.of(samples, seconds);
        return Json.createObjectBuilder().add("count", f.count()).add("errors", f.errors()).add("p50", f.p50())
                .add("p95", f.p95()).add("p99", f.p99()).add("max", f.max()).add("perSecond", f.perSecond());
    }
}
