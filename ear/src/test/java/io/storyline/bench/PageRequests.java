package io.storyline.bench;

import io.storyline.bench.ArchiveGenerator.Archive;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The requests a virtual user makes, each kind with its weight in the mix, how its URL is made from the archive's
 * own values, and what its answer must contain to count as right.
 */
final class PageRequests {

    /** The page this kind measures, for the target (null: an API call, reported but not part of the target). */
    enum Kind {
        DOCUMENTS_PAGE("documents page, first page", "documents table", 3),
        DOCUMENTS_PAGE_FILTERED("documents page, filtered", "documents table", 3),
        API_DOCUMENTS("GET /api/documents, early page", null, 1),
        API_DOCUMENTS_DEEP("GET /api/documents, deep page", null, 1),
        SEARCH_PAGE("search page, words", "search page", 3),
        SEARCH_PAGE_FACET("search page, words + facet", "search page", 3),
        API_SEARCH("GET /api/search", null, 1);

        final String label;
        final String page;
        final int weight;

        Kind(String label, String page, int weight) {
            this.label = label;
            this.page = page;
            this.weight = weight;
        }
    }

    /** One request to make: its kind, variant (which filter), path, and the check of its body. */
    record Request(Kind kind, String variant, String path, Predicate<String> check) {
    }

    private static final Predicate<String> TABLE = b -> b.contains("id=\"documents:table\"") && !b.contains("login-page")
            && (b.contains("doc-title") || b.contains("No documents match."));
    private static final Predicate<String> FIRST_PAGE = b -> TABLE.test(b) && b.contains("doc-title");
    private static final Predicate<String> SEARCH = b -> b.contains("document(s)") && b.contains("class=\"hit-list\"")
            && !b.contains("class=\"problem\"") && !b.contains("login-page");
    private static final Predicate<String> JSON_PAGE = b -> b.startsWith("{") && b.contains("\"items\"");
    private static final Predicate<String> JSON_SEARCH = b -> b.startsWith("{") && b.contains("\"total\"");

    private final Archive archive;
    private final Set<Kind> kinds;
    private final int totalWeight;

    /** Requests of these kinds only, in their weights. */
    PageRequests(Archive archive, Set<Kind> kinds) {
        this.archive = archive;
        this.kinds = EnumSet.copyOf(kinds);
        int sum = 0;
        for (Kind k : this.kinds) {
            sum += k.weight;
        }
        this.totalWeight = sum;
    }

    Request next(Random random) {
        int r = random.nextInt(totalWeight);
        for (Kind k : kinds) {
            r -= k.weight;
            if (r < 0) {
                return make(k, random);
            }
        }
        throw new IllegalStateException();
    }

    Request make(Kind kind, Random random) {
        return switch (kind) {
            case DOCUMENTS_PAGE -> new Request(kind, "no filter", "documents/list.xhtml", FIRST_PAGE);
            case DOCUMENTS_PAGE_FILTERED -> documentsFiltered(random);
            case API_DOCUMENTS -> new Request(kind, "page 0-19 of 25", "api/documents?size=25&page="
                    + random.nextInt(20), JSON_PAGE);
            case API_DOCUMENTS_DEEP -> new Request(kind, "last quarter of the pages", "api/documents?size=25&page="
                    + (archive.documents() * 3 / 4 / 25 + random.nextInt(archive.documents() / 4 / 25)), JSON_PAGE);
            case SEARCH_PAGE -> {
                String sort = random.nextInt(3) == 0 ? "&sort=newest" : "";
                yield new Request(kind, sort.isEmpty() ? "relevance" : "newest", "search/index.xhtml?q="
                        + BrowserSession.enc(words(random)) + sort, SEARCH);
            }
            case SEARCH_PAGE_FACET -> searchFaceted(random);
            case API_SEARCH -> new Request(kind, "relevance", "api/search?q=" + BrowserSession.enc(words(random)),
                    JSON_SEARCH);
        };
    }

    private Request documentsFiltered(Random random) {
        int year = archive.from().getYear() + 1 + random.nextInt(4);
        String tag = archive.tags().get(random.nextInt(archive.tags().size()));
        String publisher = archive.publishers().get(random.nextInt(archive.publishers().size()));
        String[][] filters = {
            {"status", "status=ANALYZED&sort=PUBLISHED_NEWEST"},
            {"publisher", "publisher=" + BrowserSession.enc(publisher)},
            {"tag", "tag=" + BrowserSession.enc(tag)},
            {"language", "lang=" + List.of("fr", "de", "es", "ar").get(random.nextInt(4))},
            {"type", "type=" + BrowserSession.enc("application/pdf")},
            {"uploader", "uploader=" + archive.uploaders().get(random.nextInt(archive.uploaders().size()))},
            {"date range", "from=" + year + "-03-01&to=" + year + "-05-31"},
            {"publisher + tag + date range", "publisher=" + BrowserSession.enc(publisher) + "&tag="
                + BrowserSession.enc(tag) + "&from=" + year + "-01-01&to=" + year + "-12-31"},
        };
        String[] f = filters[random.nextInt(filters.length)];
        return new Request(Kind.DOCUMENTS_PAGE_FILTERED, f[0], "documents/list.xhtml?" + f[1], TABLE);
    }

    private Request searchFaceted(Random random) {
        String facet;
        String variant;
        switch (random.nextInt(3)) {
            case 0 -> {
                facet = "tag=" + BrowserSession.enc(archive.tags().get(random.nextInt(archive.tags().size())));
                variant = "tag";
            }
            case 1 -> {
                facet = "entity=" + archive.popularEntities().get(random.nextInt(archive.popularEntities().size()));
                variant = "entity";
            }
            default -> {
                facet = "year=" + (archive.from().getYear() + 1 + random.nextInt(4));
                variant = "year";
            }
        }
        String sort = random.nextInt(3) == 0 ? "&sort=newest" : "";
        return new Request(Kind.SEARCH_PAGE_FACET, variant + (sort.isEmpty() ? "" : ", newest"),
                "search/index.xhtml?q=" + BrowserSession.enc(words(random)) + "&" + facet + sort, SEARCH);
    }

    /** What someone would type: a word or two of the archive's vocabulary, a phrase, a place or a name. */
    static String words(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> any(NewsWords.NOUNS, random);
            case 1 -> any(NewsWords.NOUNS, random) + " " + any(NewsWords.NOUNS, random);
            case 2 -> any(NewsWords.ADJECTIVES, random) + " " + any(NewsWords.NOUNS, random);
            case 3 -> "\"" + any(NewsWords.ADJECTIVES, random) + " " + any(NewsWords.NOUNS, random) + "\"";
            case 4 -> any(NewsWords.PLACES, random) + " " + any(NewsWords.NOUNS, random);
            default -> any(NewsWords.LAST_NAMES, random) + " " + any(NewsWords.VERBS, random);
        };
    }

    private static String any(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
