package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a news page: the article's own text without navigation, sidebars, share buttons, comments and other
 * boilerplate, and its metadata from JSON-LD, OpenGraph, meta tags, {@code <time>} elements and the canonical
 * link. The article is found the way readability tools do: the element whose paragraphs hold the most text.
 */
final class HtmlArticleReader {

    /** What a page says about itself. Absent values are {@code null}. */
    record Page(String text, String title, String byline, String publisher, String url, String declaredLanguage,
                List<DateCandidate> dates) {
    }

    private static final String REMOVED = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, aside, footer, dialog, object, embed, video, audio, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[role=dialog], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[\\s_-])(nav|navbar|navigation|menu|footer|"
            + "sidebar|side-bar|share|sharing|social|comments?|related|recommended|more-stories|promo|advert|ads?|"
            + "sponsor(ed)?|cookie|consent|subscribe|subscription|newsletter|breadcrumbs?|pagination|toolbar|popup|"
            + "modal|signup|login|masthead|site-header|print|trending|most-read|outbrain|taboola)($|[\\s_-])");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td";
    private static final String[] DATE_METAS = {"pubdate", "publishdate", "publish-date", "publish_date",
        "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dcterms.date", "article.published",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "originalpublicationdate",
        "article:published_time", "og:published_time", "datepublished", "pub_date", "date.release"};
    private static final int MIN_ARTICLE = 200;

    private HtmlArticleReader() {
    }

    static Page read(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(page.select("script[type=application/ld+json]").stream()
                .map(Element::data).toList());
        List<DateCandidate> dates = new ArrayList<>();
        jsonLd.map(JsonLdArticle::datePublished)
                .flatMap(d -> DateParsing.candidate(DateSource.JSON_LD, d)).ifPresent(dates::add);
        DateParsing.candidate(DateSource.OPEN_GRAPH, meta(page, "article:published_time")).ifPresent(dates::add);
        metaDate(page).ifPresent(dates::add);
        timeElement(page).ifPresent(dates::add);

        String siteName = meta(page, "og:site_name");
        String title = first(jsonLd.map(JsonLdArticle::headline).orElse(null), meta(page, "og:title"),
                meta(page, "twitter:title"), text(page.selectFirst("article h1, h1")), titleWithoutSite(page, siteName));
        String byline = first(jsonLd.map(JsonLdArticle::author).orElse(null), metaName(page, "author"),
                metaName(page, "byl"), byline(page));
        String publisher = first(siteName, jsonLd.map(JsonLdArticle::publisher).orElse(null),
                metaName(page, "application-name"));
        String url = first(absolute(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"),
                jsonLd.map(JsonLdArticle::url).orElse(null));
        String language = first(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                page.select("meta[http-equiv=content-language]").attr("content"));

        String text = articleText(page, title);
        return new Page(text, title, byline, publisher, url, language == null ? null : language.strip(), dates);
    }

    /** The article's blocks, one per paragraph, the headline first. */
    private static String articleText(Document page, String title) {
        // Metadata has been read: the page's own tree can be cut down now, without a copy.
        Element body = page.body() == null ? new Element("body") : page.body();
        body.select(REMOVED).remove();
        body.select("header").stream().filter(h -> h.closest("article") == null).toList().forEach(Element::remove);
        body.getAllElements().stream()
                .filter(e -> e != body && BOILERPLATE.matcher(e.className() + " " + e.id()).find())
                .filter(e -> !e.is("article, main, [itemprop=articleBody]"))
                .toList()
                .forEach(Element::remove);

        Element root = articleRoot(body);
        List<String> blocks = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.select(BLOCKS).stream().anyMatch(e -> e != block)) {
                continue; // its inner blocks are taken one by one
            }
            String text = block.is("pre") ? block.wholeText().strip() : block.text().strip();
            if (text.isEmpty() || mostlyLinks(block, text)) {
                continue;
            }
            if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(text)) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty()) {
            String all = root.text().strip();
            if (!all.isEmpty()) {
                blocks.add(all);
            }
        }
        if (title != null && !title.isBlank() && (blocks.isEmpty() || !blocks.get(0).equals(title.strip()))) {
            blocks.add(0, title.strip());
        }
        return String.join("\n\n", blocks);
    }

    /** The element whose paragraphs hold the most text, giving its parent half the credit of each. */
    private static Element articleRoot(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody], article");
        if (marked != null && paragraphText(marked) >= MIN_ARTICLE) {
            return marked;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            int length = p.text().length();
            if (length < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() >= MIN_ARTICLE)
                .map(Map.Entry::getKey)
                .orElse(body);
    }

    private static int paragraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static boolean mostlyLinks(Element block, String text) {
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return text.length() < 200 && linked > text.length() * 0.6;
    }

    private static Optional<DateCandidate> metaDate(Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            for (String key : Set.of("name", "property", "itemprop", "http-equiv")) {
                String name = meta.attr(key).toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    metas.putIfAbsent(name, meta.attr("content"));
                }
            }
        }
        return Stream.of(DATE_METAS)
                .filter(name -> !name.equals("article:published_time"))
                .map(metas::get)
                .map(value -> DateParsing.candidate(DateSource.META, value))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<DateCandidate> timeElement(Document page) {
        Element marked = page.selectFirst("time[pubdate], time[itemprop=datePublished], [itemprop=datePublished][datetime],"
                + " [itemprop=datePublished][content]");
        Element time = marked != null ? marked : page.selectFirst("article time[datetime], time[datetime]");
        if (time == null) {
            return Optional.empty();
        }
        String value = first(time.attr("datetime"), time.attr("content"), time.text());
        return DateParsing.candidate(DateSource.TIME_ELEMENT, value);
    }

    private static String byline(Document page) {
        Element element = page.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author],"
                + " .byline, .author, [class*=byline]");
        String text = text(element);
        if (text == null) {
            return null;
        }
        String stripped = text.replaceFirst("(?i)^\\s*by\\s+", "").strip();
        return stripped.isEmpty() || stripped.length() > 200 ? null : stripped;
    }

    private static String titleWithoutSite(Document page, String siteName) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        if (siteName != null) {
            for (String separator : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
                if (title.endsWith(separator + siteName)) {
                    return title.substring(0, title.length() - separator.length() - siteName.length()).strip();
                }
            }
        }
        return title;
    }

    private static String meta(Document page, String property) {
        Elements found = page.select("meta[property=" + property + "], meta[name=" + property + "]");
        return found.isEmpty() ? null : blankToNull(found.first().attr("content"));
    }

    private static String metaName(Document page, String name) {
        Element found = page.selectFirst("meta[name=" + name + "]");
        return found == null ? null : blankToNull(found.attr("content"));
    }

    private static String absolute(Element element, String attribute) {
        if (element == null) {
            return null;
        }
        String abs = element.absUrl(attribute);
        return blankToNull(abs.isEmpty() ? element.attr(attribute) : abs);
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
