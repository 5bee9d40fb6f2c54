package io.storyline.analysis.evaluation.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads TempEval-3 TimeML. Offsets count Java chars in the text the XML parser reports, so line ends
 * are already normalised to {@code \n} and {@code &amp;} is one character.
 */
public final class TimeMlReader {

    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*", Pattern.DOTALL);

    public TimeMlDocument read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String fallbackId = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
        return parse(Files.readString(file, StandardCharsets.UTF_8), fallbackId, file.toString());
    }

    /**
     * @param fallbackId the id to use when the document has no {@code <DOCID>}
     * @param where names the source in error messages
     */
    public TimeMlDocument parse(String xml, String fallbackId, String where) throws GoldFormatException {
        Document document = XmlFiles.parse(xml, where);
        NodeList texts = document.getElementsByTagName("TEXT");
        if (texts.getLength() != 1) {
            throw new GoldFormatException(where + ": expected one <TEXT> element, found " + texts.getLength());
        }
        StringBuilder text = new StringBuilder();
        List<TimeMlTimex> timexes = new ArrayList<>();
        List<Element> eventElements = new ArrayList<>();
        List<int[]> eventSpans = new ArrayList<>();
        collect(texts.item(0), text, timexes, eventElements, eventSpans);
        timexes.sort(Comparator.comparingInt(TimeMlTimex::begin).thenComparingInt(TimeMlTimex::end));
        String creationValue = creationValue(document);
        TimeMlEvents events = new TimeMlEvents(document);
        return new TimeMlDocument(documentId(document, fallbackId), creationValue, dateOf(creationValue),
                text.toString(), timexes, events.events(eventElements, eventSpans), events.timeLinks());
    }

    private static void collect(Node parent, StringBuilder text, List<TimeMlTimex> timexes, List<Element> events,
            List<int[]> eventSpans) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            switch (node.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(node.getNodeValue());
                case Node.ENTITY_REFERENCE_NODE -> collect(node, text, timexes, events, eventSpans);
                case Node.ELEMENT_NODE -> {
                    int begin = text.length();
                    collect(node, text, timexes, events, eventSpans);
                    if ("TIMEX3".equals(node.getNodeName())) {
                        Element timex = (Element) node;
                        timexes.add(new TimeMlTimex(XmlFiles.attribute(timex, "tid"), begin, text.length(),
                                XmlFiles.attribute(timex, "type"), XmlFiles.attribute(timex, "value")));
                    } else if ("EVENT".equals(node.getNodeName())) {
                        events.add((Element) node);
                        eventSpans.add(new int[] {begin, text.length()});
                    }
                }
                default -> {
                    // Comments and processing instructions are not part of the text.
                }
            }
        }
    }

    private static String documentId(Document document, String fallbackId) {
        NodeList ids = document.getElementsByTagName("DOCID");
        String id = ids.getLength() == 0 ? "" : ids.item(0).getTextContent().trim();
        return id.isEmpty() ? fallbackId : id;
    }

    private static String creationValue(Document document) {
        NodeList timexes = document.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element timex = (Element) timexes.item(i);
            if ("CREATION_TIME".equals(timex.getAttribute("functionInDocument"))) {
                return XmlFiles.attribute(timex, "value");
            }
        }
        return null;
    }

    /** The date part of a TIMEX3 value such as 1998-01-08T14:00; null for anything else (1998-W02, PRESENT_REF). */
    public static LocalDate dateOf(String value) {
        if (value == null || !CALENDAR_DATE.matcher(value.trim()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
