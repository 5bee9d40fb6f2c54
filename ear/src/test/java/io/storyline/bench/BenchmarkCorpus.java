package io.storyline.bench;

import io.storyline.ingestion.testfiles.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of news documents to benchmark on: a folder given with {@code -Dbenchmark.corpus=...}, or else one made
 * from the news texts of the TempEval-3 set in {@code ../shared/eval} (read there, never copied into the project),
 * each text as a plain text, a web page with boilerplate and metadata, and a PDF.
 */
final class BenchmarkCorpus {

    private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
    private static final Pattern DATE = Pattern.compile("functionInDocument=\"CREATION_TIME\"[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");

    private BenchmarkCorpus() {
    }

    static List<Path> files(Path target) throws IOException {
        String given = System.getProperty("benchmark.corpus", "");
        if (!given.isBlank()) {
            try (Stream<Path> walk = Files.walk(Path.of(given))) {
                return walk.filter(Files::isRegularFile).sorted().toList();
            }
        }
        Path eval = Path.of(System.getProperty("storyline.eval.dir", "../shared/eval"), "tempeval3-tbaq");
        if (!Files.isDirectory(eval)) {
            throw new IllegalStateException("No corpus: give -Dbenchmark.corpus=<folder>, or keep ../shared/eval beside"
                    + " the project (looked in " + eval.toAbsolutePath() + ")");
        }
        Path out = Files.createDirectories(target);
        List<Path> files = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(eval)) {
            sources = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path source : sources) {
            String tml = Files.readString(source, StandardCharsets.UTF_8);
            Matcher text = TEXT.matcher(tml);
            if (!text.find()) {
                continue;
            }
            String body = text.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").strip();
            Matcher date = DATE.matcher(tml);
            String day = date.find() ? date.group(1) : "1998-01-01";
            String name = source.getFileName().toString().replace(".tml", "");
            String headline = body.lines().filter(l -> !l.isBlank()).findFirst().orElse(name);
            headline = headline.length() > 90 ? headline.substring(0, 90) : headline;
            files.add(Files.writeString(out.resolve(name + ".txt"), headline + "\n\n" + body, StandardCharsets.UTF_8));
            files.add(Files.writeString(out.resolve(name + ".html"), page(headline, body, day), StandardCharsets.UTF_8));
            files.add(TestFiles.pdf(out.resolve(name + ".pdf"), List.of(body.replaceAll("\\s+", " ")), headline,
                    "Newswire", TestFiles.utc(Integer.parseInt(day.substring(0, 4)), Integer.parseInt(day.substring(5, 7)),
                            Integer.parseInt(day.substring(8, 10))), null, null));
        }
        return files;
    }

    private static String page(String headline, String body, String day) {
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            paragraphs.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(headline)
                + " | Newswire</title><meta property=\"og:site_name\" content=\"Newswire\">"
                + "<meta property=\"article:published_time\" content=\"" + day + "T09:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + escape(headline)
                .replace("\"", "'") + "\",\"datePublished\":\"" + day + "\"}</script></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav></header>"
                + "<main><article><h1>" + escape(headline) + "</h1>" + paragraphs + "</article>"
                + "<aside class=\"related\"><ul><li><a href=\"/a\">More news</a></li></ul></aside></main>"
                + "<footer>Copyright Newswire. All rights reserved.</footer></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
