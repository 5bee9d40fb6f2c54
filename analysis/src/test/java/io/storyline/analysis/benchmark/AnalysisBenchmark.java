package io.storyline.analysis.benchmark;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.storyline.analysis.knowledge.SeedKnowledge;
import io.storyline.analysis.language.LanguagePipelines;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.analysis.pipeline.DocumentAnalyzer;
import io.storyline.domain.document.ReferenceSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Analyses a folder of news text with 1 and 2 threads and prints tokens/s, documents/s and peak heap: Storyline's
 * whole analysis (entities, times, events) beside stock CoreNLP (tokenize, ssplit, pos, lemma, ner with its
 * defaults) on the same texts, in the same run. {@code .txt} files are read as they are; {@code .tml} (TimeML) files
 * give their {@code <TEXT>} without the markup.
 *
 * <pre>mvn -pl analysis -am verify -Panalysis-benchmark [-Dbenchmark.dir=folder] [-Dbenchmark.limit=n]</pre>
 */
public final class AnalysisBenchmark {

    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final int WARM_UP = 10;

    private AnalysisBenchmark() {
    }

    record Doc(String text, LocalDate reference) {
    }

    record Run(String system, int threads, int documents, long tokens, double seconds, long peakHeapMb) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %,d | %,.0f | %.1f | %,d |", system, threads, documents,
                    tokens / seconds, documents / seconds, peakHeapMb);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(arg(args, "--dir", "../shared/eval/tempeval3-tbaq"));
        int limit = Integer.parseInt(arg(args, "--limit", "0"));
        Path out = Path.of(arg(args, "--out", "target/benchmark"));
        List<Doc> docs = read(dir, limit);
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no .txt or .tml files under " + dir.toAbsolutePath());
        }
        List<Run> runs = new ArrayList<>();
        long storylineLoaded;
        {
            long start = System.nanoTime();
            DocumentAnalyzer analyzer = new DocumentAnalyzer(LanguagePipelines.storyline(),
                    SeedKnowledge.knowledge());
            System.out.printf(Locale.ROOT, "storyline: models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
            storylineLoaded = heapAfterGc();
            ToLongFunction<Doc> work = d -> {
                DocumentAnalysis a = analyzer.analyze(d.text(), d.reference(), ReferenceSource.PUBLICATION_DATE);
                return a.text().tokenCount();
            };
            for (int threads : new int[] {1, 2}) {
                runs.add(run("storyline (entities, times, events)", threads, docs, work));
            }
        }
        long stockLoaded;
        {
            long start = System.nanoTime();
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("threads", "1");
            StanfordCoreNLP stock = new StanfordCoreNLP(p);
            System.out.printf(Locale.ROOT, "stock-corenlp: models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
            stockLoaded = heapAfterGc();
            ToLongFunction<Doc> work = d -> {
                Annotation a = new Annotation(d.text());
                a.set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, d.reference().toString());
                stock.annotate(a);
                return a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
            };
            for (int threads : new int[] {1, 2}) {
                runs.add(run("stock CoreNLP (tokenize, ssplit, pos, lemma, ner)", threads, docs, work));
            }
        }
        StringBuilder report = new StringBuilder();
        long words = docs.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
        report.append(String.format(Locale.ROOT, "# Analysis benchmark%n%n%d documents from %s, %,d words; %d cores,"
                        + " max heap %,d MB. Tokens as each pipeline counts them; peak heap is the most the heap held"
                        + " during the run, garbage included.%n%n", docs.size(), dir, words,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        report.append("| pipeline | threads | documents | tokens/s | documents/s | peak heap (MB) |\n");
        report.append("|---|---|---|---|---|---|\n");
        runs.forEach(r -> report.append(r.row()).append('\n'));
        for (int threads : new int[] {1, 2}) {
            Run ours = runs.stream().filter(r -> r.threads() == threads && r.system().startsWith("storyline")).findFirst().orElseThrow();
            Run stock = runs.stream().filter(r -> r.threads() == threads && r.system().startsWith("stock")).findFirst().orElseThrow();
            report.append(String.format(Locale.ROOT, "%nWith %d thread(s), Storyline's whole analysis runs at %.2fx the"
                    + " stock pipeline's tokens/s.", threads, (ours.tokens() / ours.seconds()) / (stock.tokens() / stock.seconds())));
        }
        report.append(String.format(Locale.ROOT, "%n%nHeap held by the loaded models (after a full GC): Storyline"
                + " %,d MB, stock CoreNLP %,d MB.%n", storylineLoaded, stockLoaded));
        System.out.println(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("analysis-benchmark.md"), report, StandardCharsets.UTF_8);
    }

    private static Run run(String system, int threads, List<Doc> docs, ToLongFunction<Doc> work) throws Exception {
        for (Doc d : docs.subList(0, Math.min(WARM_UP, docs.size()))) {
            work.applyAsLong(d);
        }
        heapAfterGc();
        resetPeaks();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Doc d : docs) {
                futures.add(pool.submit(() -> tokens.addAndGet(work.applyAsLong(d))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Run run = new Run(system, threads, docs.size(), tokens.get(), seconds, peakHeapMb());
        System.out.println(run.row());
        return run;
    }

    private static List<Doc> read(Path dir, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tml")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        Pattern dct = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
        for (Path f : files) {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            LocalDate reference = LocalDate.of(2024, 5, 1);
            if (f.toString().endsWith(".tml")) {
                Matcher date = dct.matcher(s);
                if (date.find()) {
                    reference = LocalDate.parse(date.group(1));
                }
                Matcher m = TEXT.matcher(s);
                s = m.find() ? TAG.matcher(m.group(1)).replaceAll("") : TAG.matcher(s).replaceAll("");
                s = s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
            }
            if (!s.isBlank()) {
                docs.add(new Doc(s, reference));
            }
            if (limit > 0 && docs.size() >= limit) {
                break;
            }
        }
        return docs;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
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

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
