package io.storyline.analysis.evaluation.formats;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses gold XML without fetching anything from the network and without printing to stderr. */
final class XmlFiles {

    private static final ErrorHandler RAISE = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // Warnings (an unknown schema location, say) do not make a gold file unusable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private XmlFiles() {}

    static Document parse(String xml, String where) throws GoldFormatException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(RAISE);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new GoldFormatException(where + ": not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a standard setting", e);
        } catch (IOException e) {
            throw new GoldFormatException(where + ": " + e.getMessage(), e);
        }
    }

    /** The attribute's value, or null when it is absent (DOM would say ""). */
    static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(true);
        factory.setCoalescing(true);
        factory.setNamespaceAware(false);
        return factory;
    }

    /** Escapes text content and attribute values alike; {@code \r} too, which a parser would otherwise turn into {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
