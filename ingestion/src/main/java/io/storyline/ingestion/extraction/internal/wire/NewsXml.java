package io.storyline.ingestion.extraction.internal.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.w3c.dom.Element;

/**
 * Reads news XML before Tika sees it: NewsML-G2 ({@code newsItem} or {@code newsMessage} in the IPTC G2
 * namespace), NITF (a root {@code nitf}), TimeML (a root {@code TimeML}) and a plain XML article ({@link
 * PlainNewsXml}'s rule). Tika calls all of them {@code application/xml} (a NewsML-G2 message {@code
 * application/vnd.iptc.g2.newsmessage+xml}); other XML is left to the ordinary reading.
 */
public final class NewsXml {

    private NewsXml() {
    }

    /** Why a file of an XML type could not be read as news XML; the extractor reads it another way and says so. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        public Unreadable(String why) {
            super(why);
        }
    }

    /** Whether files of {@code mediaType} may be news XML and should be offered to {@link #read}. */
    public static boolean mayBe(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")
                && !type.equals("application/xhtml+xml") && !type.equals("image/svg+xml");
    }

    /**
     * The article in {@code file}, or empty when it is XML of another kind.
     *
     * @param maxBytes the largest file read this way (a parsed tree takes several times the file's size); a larger
     *                 one is left to the ordinary reading, which streams
     * @throws Unreadable when it is not well-formed, or declares a DTD of its own
     */
    public static Optional<NewsArticle> read(Path file, long maxBytes) throws Unreadable, IOException {
        byte[] xml;
        try (InputStream in = Files.newInputStream(file)) {
            xml = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (xml.length > maxBytes) {
            return Optional.empty();
        }
        return read(xml);
    }

    /** What a lenient reading of XML that is not well-formed found: its text, and a headline where it has one. */
    public record Lenient(String text, String title) {
    }

    /**
     * Reads XML that is not well-formed leniently, with jsoup's XML parser, which reads no DTD and resolves no entity
     * but the predefined ones: the text of every element without the markup, and the first {@code headline},
     * {@code hl1} or {@code title} element's text as the title.
     */
    public static Lenient lenient(String xml) {
        org.jsoup.nodes.Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        Optional<String> title = Optional.ofNullable(document.selectFirst("headline, hl1, title, TITLE"))
                .map(e -> e.text().strip()).filter(t -> !t.isEmpty() && t.length() <= 300);
        return new Lenient(document.wholeText(), title.orElse(null));
    }

    static Optional<NewsArticle> read(byte[] xml) throws Unreadable {
        Element root = SecureXml.parse(xml).getDocumentElement();
        if (NewsMlG2.isRoot(root)) {
            return NewsMlG2.read(root);
        }
        if ("nitf".equals(Dom.local(root))) {
            return Optional.of(Nitf.read(root));
        }
        if ("TimeML".equals(Dom.local(root))) {
            return Optional.of(TimeMl.read(root));
        }
        return PlainNewsXml.read(root);
    }
}
