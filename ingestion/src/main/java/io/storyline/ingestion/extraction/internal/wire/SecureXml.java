package io.storyline.ingestion.extraction.internal.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way news XML is parsed: the JDK's own parser with secure processing (its limits on entity expansion and
 * element depth), no DTD loaded, no external entity or schema resolved (an attempt is an error, never a read), no
 * XInclude. A document type that only names a DTD ({@code <!DOCTYPE nitf SYSTEM "nitf-3-4.dtd">}, as NITF files
 * do) is allowed and ignored; one that declares anything itself (an internal subset: entities, a billion laughs)
 * is refused.
 */
final class SecureXml {

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop reading
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXml() {
    }

    /** The parsed document; {@link NewsXml.Unreadable} says why when it is not well-formed or declares a DTD. */
    static Document parse(byte[] xml) throws NewsXml.Unreadable {
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new NewsXml.Unreadable("it is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            throw new NewsXml.Unreadable("it is not well-formed XML (" + e.getMessage() + ")");
        }
        DocumentType type = document.getDoctype();
        if (type != null && type.getInternalSubset() != null && !type.getInternalSubset().isBlank()) {
            throw new NewsXml.Unreadable("its DOCTYPE declares entities or elements of its own, which Storyline"
                    + " never reads");
        }
        return document;
    }

    private static DocumentBuilder builder() {
        try {
            // The JDK's parser, whatever parser the server offers through the factory lookup.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("the external entity " + systemId + " is never loaded");
            });
            builder.setErrorHandler(STRICT);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made secure: " + e.getMessage(), e);
        }
    }
}
