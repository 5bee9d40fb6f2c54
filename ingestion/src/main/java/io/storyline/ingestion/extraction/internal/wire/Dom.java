package io.storyline.ingestion.extraction.internal.wire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading a parsed tree by local names (each format keeps to its namespace, so the local name is enough). */
final class Dom {

    /** Elements that stand as paragraphs of their own in XHTML, NITF and plain XML bodies. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "table", "tr", "blockquote", "pre", "section", "article", "header", "footer", "figure",
            "figcaption", "hr", "hl1", "hl2", "block", "media-caption", "nitf-table", "bq", "fn", "note", "title",
            "headline", "paragraph", "para");
    private static final Set<String> LEFT_OUT = Set.of("script", "style", "head", "media-reference", "media-metadata",
            "media-producer", "object", "nitf-table-metadata", "classifier");

    private Dom() {
    }

    /** The element's children named {@code name}, any case (a plain XML article may write TITLE or Title). */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equalsIgnoreCase(local(e))) {
                found.add(e);
            }
        }
        return found;
    }

    /** The first element along a path of child names, or null. */
    static Element child(Element parent, String... path) {
        Element at = parent;
        for (String name : path) {
            List<Element> next = children(at, name);
            if (next.isEmpty()) {
                return null;
            }
            at = next.get(0);
        }
        return at;
    }

    /** The element's text with white space collapsed; null when there is none. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String text = e.getTextContent().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** An attribute's value, stripped; null when absent or blank. */
    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String value = e.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** The element's {@code xml:lang}, or null. */
    static String lang(Element e) {
        if (e == null) {
            return null;
        }
        String value = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang").strip();
        return value.isEmpty() ? null : value;
    }

    static String local(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** The first of {@code values} that is not null. */
    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Distinct non-null values in their first order. */
    static List<String> distinct(List<String> values) {
        return List.copyOf(values.stream().filter(v -> v != null && !v.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * The text of a body: each paragraph (an XHTML or NITF block) a paragraph of its own, separated by a blank line,
     * white space within it collapsed, markup, scripts and media metadata left out.
     */
    static String blockText(Element body) {
        if (body == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        walk(body, out);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n", -1)) {
            lines.add(line.strip());
        }
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void walk(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(n.getNodeValue().replaceAll("\\s+", " "));
                case Node.ELEMENT_NODE -> {
                    String name = local((Element) n).toLowerCase(Locale.ROOT);
                    if ("br".equals(name)) {
                        out.append('\n');
                    } else if (BLOCKS.contains(name)) {
                        out.append("\n\n");
                        walk(n, out);
                        out.append("\n\n");
                    } else if (!LEFT_OUT.contains(name)) {
                        walk(n, out);
                    }
                }
                default -> {
                    // comments, processing instructions and unexpanded entity references carry no text
                }
            }
        }
    }
}
