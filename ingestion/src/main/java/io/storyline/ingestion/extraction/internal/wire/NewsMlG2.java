package io.storyline.ingestion.extraction.internal.wire;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Element;

/**
 * NewsML-G2 (IPTC), a {@code newsItem} or the first text item of a {@code newsMessage}. The publication date is
 * when the story first went out ({@code itemMeta/firstCreated}), else when its content was made ({@code
 * contentMeta/contentCreated}), else this version's date ({@code itemMeta/versionCreated}, which the standard
 * requires): a later write-through does not move the story's date. What the item's metadata leaves out is taken
 * from its NITF body, where it has one.
 */
final class NewsMlG2 {

    static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";
    static final String FORMAT = "NewsML-G2";

    private NewsMlG2() {
    }

    static boolean isRoot(Element root) {
        String name = Dom.local(root);
        return NAMESPACE.equals(root.getNamespaceURI()) && ("newsItem".equals(name) || "newsMessage".equals(name));
    }

    /** The article, or empty when a news message holds no news item (only packages, say). */
    static Optional<NewsArticle> read(Element root) {
        List<String> notes = new ArrayList<>();
        Element item = root;
        if ("newsMessage".equals(Dom.local(root))) {
            List<Element> items = new ArrayList<>();
            Dom.children(root, "itemSet").forEach(set -> items.addAll(Dom.children(set, "newsItem")));
            if (items.isEmpty()) {
                return Optional.empty();
            }
            item = items.stream().filter(i -> Dom.child(i, "contentSet") != null).findFirst().orElse(items.get(0));
            if (items.size() > 1) {
                notes.add("a NewsML-G2 message of " + items.size() + " news items: item " + (items.indexOf(item) + 1)
                        + " (" + Dom.first(Dom.attr(item, "guid"), "no guid") + ") was read");
            }
        }
        Element itemMeta = Dom.child(item, "itemMeta");
        Element contentMeta = Dom.child(item, "contentMeta");
        Element rights = Dom.child(item, "rightsInfo", "copyrightHolder");
        Element provider = Dom.child(itemMeta, "provider");

        String byline = Dom.first(Dom.text(Dom.child(contentMeta, "by")), creators(contentMeta));
        String publisher = Dom.first(Dom.text(Dom.child(provider, "name")), Dom.attr(provider, "literal"),
                Dom.text(Dom.child(rights, "name")), Dom.attr(rights, "literal"), code(Dom.attr(provider, "qcode")));
        String language = Dom.first(Dom.attr(Dom.child(contentMeta, "language"), "tag"), Dom.lang(item),
                Dom.lang(root));
        DateCandidate date = null;
        String[][] dates = {{"itemMeta", "firstCreated"}, {"contentMeta", "contentCreated"},
            {"itemMeta", "versionCreated"}};
        for (String[] where : dates) {
            Element holder = "itemMeta".equals(where[0]) ? itemMeta : contentMeta;
            date = IsoDates.candidate(DateSource.WIRE_METADATA, Dom.text(Dom.child(holder, where[1]))).orElse(null);
            if (date != null) {
                notes.add("publication date from NewsML-G2 " + where[0] + "/" + where[1]);
                break;
            }
        }
        List<String> subjects = new ArrayList<>();
        for (Element subject : Dom.children(contentMeta, "subject")) {
            subjects.add(name(subject, language));
        }
        Dom.children(contentMeta, "keyword").forEach(k -> subjects.add(Dom.text(k)));

        NewsArticle nitf = null;
        String text = null;
        Element content = Dom.child(item, "contentSet");
        Element inline = content == null ? null : Dom.children(content, "inlineXML").stream().findFirst()
                .or(() -> Dom.children(content, "inlineData").stream().findFirst()).orElse(null);
        if (inline != null && "inlineXML".equals(Dom.local(inline))) {
            Element body = firstElement(inline);
            if (body != null && "nitf".equalsIgnoreCase(Dom.local(body))) {
                nitf = Nitf.read(body);
                text = nitf.text();
            } else if (body != null && "html".equalsIgnoreCase(Dom.local(body))) {
                text = Dom.blockText(Dom.child(body, "body"));
            } else {
                text = Dom.blockText(body);
            }
        } else if (inline != null) {
            String data = inline.getTextContent();
            String type = Dom.first(Dom.attr(inline, "contenttype"), "text/plain").toLowerCase(Locale.ROOT);
            text = type.contains("html") ? Dom.blockText(new W3CDom().fromJsoup(Jsoup.parse(data))
                    .getDocumentElement()) : data.strip();
        }
        if (text == null || text.isBlank()) {
            text = Dom.text(Dom.child(contentMeta, "description"));
            if (text != null) {
                notes.add("the item has no text of its own: its description was read");
            }
        }
        subjects.addAll(nitf == null ? List.of() : nitf.subjects());
        notes.addAll(nitf == null ? List.of() : nitf.notes());
        NewsArticle g2 = new NewsArticle(FORMAT, Dom.text(Dom.child(contentMeta, "headline")), byline, publisher,
                Dom.text(Dom.child(contentMeta, "dateline")), language, text == null ? "" : text, date,
                Dom.distinct(subjects), notes);
        return Optional.of(nitf == null ? g2 : withNitf(g2, nitf));
    }

    /** The item's metadata first, its NITF body's where the metadata is silent. */
    private static NewsArticle withNitf(NewsArticle g2, NewsArticle nitf) {
        return new NewsArticle(FORMAT, Dom.first(g2.title(), nitf.title()), Dom.first(g2.byline(), nitf.byline()),
                Dom.first(g2.publisher(), nitf.publisher()), Dom.first(g2.dateline(), nitf.dateline()),
                Dom.first(g2.language(), nitf.language()), g2.text(), Dom.first(g2.date(), nitf.date()),
                g2.subjects(), g2.notes());
    }

    private static String creators(Element contentMeta) {
        List<String> names = new ArrayList<>();
        for (Element creator : Dom.children(contentMeta, "creator")) {
            names.add(Dom.first(Dom.text(Dom.child(creator, "name")), Dom.attr(creator, "literal")));
        }
        List<String> distinct = Dom.distinct(names);
        return distinct.isEmpty() ? null : String.join(", ", distinct);
    }

    /** A subject's name in the item's language where it gives several, else its first; null without a name. */
    private static String name(Element subject, String language) {
        List<Element> names = Dom.children(subject, "name");
        String prefix = language == null ? "" : language.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> Dom.lang(n) != null && Dom.lang(n).toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(Dom::text).filter(t -> t != null).findFirst()
                .orElse(names.isEmpty() ? null : Dom.text(names.get(0)));
    }

    /** "nprov:REUTERS" → "REUTERS": a provider known only by its code. */
    private static String code(String qcode) {
        return qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
    }

    private static Element firstElement(Element parent) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
