package io.storyline.ingestion.extraction.internal.wire;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A plain XML article, by one small rule: the root element has a child {@code title}, {@code headline} or {@code
 * hl1} with text and a child {@code date}, {@code pubDate}, {@code published} or {@code datePublished} (names in any
 * case). The title is that child; the date its text, or its {@code value}, {@code norm} or {@code iso} attribute, in
 * ISO 8601; the byline a child {@code byline}, {@code author}, {@code by} or {@code creator}; the text the child
 * {@code body}, {@code text}, {@code content} or {@code story}, else everything but those elements. Anything else is
 * not news to this rule, and is read as XML is.
 */
final class PlainNewsXml {

    static final String FORMAT = "XML";
    private static final List<String> TITLES = List.of("title", "headline", "hl1");
    private static final List<String> DATES = List.of("date", "pubDate", "published", "datePublished");
    private static final List<String> BYLINES = List.of("byline", "author", "by", "creator");
    private static final List<String> BODIES = List.of("body", "text", "content", "story");

    private PlainNewsXml() {
    }

    static Optional<NewsArticle> read(Element root) {
        Element title = firstOf(root, TITLES);
        Element date = firstOf(root, DATES);
        if (title == null || Dom.text(title) == null || date == null) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        String dateName = Dom.local(date);
        DateCandidate published = null;
        for (String raw : new String[] {Dom.text(date), Dom.attr(date, "value"), Dom.attr(date, "norm"),
            Dom.attr(date, "iso")}) {
            published = IsoDates.candidate(DateSource.XML_ELEMENT, raw).orElse(null);
            if (published != null) {
                notes.add("publication date from the element <" + dateName + ">");
                break;
            }
        }
        if (published == null) {
            notes.add("the element <" + dateName + "> holds no ISO 8601 date (\"" + Dom.first(Dom.text(date), "")
                    + "\"): no publication date from it");
        }
        Element byline = firstOf(root, BYLINES);
        Element body = firstOf(root, BODIES);
        String text;
        if (body != null) {
            text = Dom.blockText(body);
        } else {
            Element rest = (Element) root.cloneNode(true);
            Set<String> metadata = Set.of(Dom.local(title), dateName, byline == null ? "" : Dom.local(byline));
            for (Element child : List.copyOf(children(rest))) {
                if (metadata.contains(Dom.local(child))) {
                    rest.removeChild(child);
                }
            }
            text = Dom.blockText(rest);
        }
        return Optional.of(new NewsArticle(FORMAT, Dom.text(title), Dom.text(byline), null, null,
                Dom.lang(root), text, published, List.of(), notes));
    }

    private static Element firstOf(Element root, List<String> names) {
        for (String name : names) {
            List<Element> found = Dom.children(root, name);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> all = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                all.add(e);
            }
        }
        return all;
    }
}
