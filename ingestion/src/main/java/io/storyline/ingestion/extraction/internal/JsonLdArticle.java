package io.storyline.ingestion.extraction.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}): the first object
 * whose {@code @type} is a kind of article, also inside arrays and {@code @graph}. Malformed JSON is ignored:
 * publishers' JSON-LD is often broken, and other sources remain.
 */
record JsonLdArticle(String headline, String datePublished, String author, String publisher, String url) {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting");

    static Optional<JsonLdArticle> find(List<String> scripts) {
        for (String script : scripts) {
            Optional<JsonObject> article = parse(script).flatMap(JsonLdArticle::articleIn);
            if (article.isPresent()) {
                JsonObject a = article.get();
                return Optional.of(new JsonLdArticle(string(a.get("headline")).or(() -> string(a.get("name"))).orElse(null),
                        string(a.get("datePublished")).orElse(null),
                        names(a.get("author")),
                        names(a.get("publisher")),
                        string(a.get("url")).or(() -> idOf(a.get("mainEntityOfPage"))).orElse(null)));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonValue> parse(String script) {
        try (JsonReader reader = Json.createReader(new StringReader(script.strip()))) {
            return Optional.of(reader.readValue());
        } catch (JsonParsingException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonObject> articleIn(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().map(JsonLdArticle::articleIn).flatMap(Optional::stream).findFirst();
        }
        if (!(value instanceof JsonObject object)) {
            return Optional.empty();
        }
        if (isArticle(object.get("@type"))) {
            return Optional.of(object);
        }
        JsonValue graph = object.get("@graph");
        return graph == null ? Optional.empty() : articleIn(graph);
    }

    private static boolean isArticle(JsonValue type) {
        if (type instanceof JsonString s) {
            return ARTICLE_TYPES.contains(s.getString());
        }
        return type instanceof JsonArray types && types.stream().anyMatch(JsonLdArticle::isArticle);
    }

    private static Optional<String> string(JsonValue value) {
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Optional.of(s.getString().strip());
        }
        if (value instanceof JsonArray array && !array.isEmpty()) {
            return string(array.get(0));
        }
        return Optional.empty();
    }

    private static Optional<String> idOf(JsonValue value) {
        if (value instanceof JsonObject object) {
            return string(object.get("@id")).or(() -> string(object.get("url")));
        }
        return string(value);
    }

    /** "A, B" from a name, an object with a name, or an array of either. */
    private static String names(JsonValue value) {
        List<String> names = new ArrayList<>();
        collectNames(value, names);
        String joined = names.stream().distinct().collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static void collectNames(JsonValue value, List<String> names) {
        if (value instanceof JsonString s && !s.getString().isBlank() && !s.getString().startsWith("http")) {
            names.add(s.getString().strip());
        } else if (value instanceof JsonObject object) {
            string(object.get("name")).ifPresent(names::add);
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> collectNames(v, names));
        }
    }
}
