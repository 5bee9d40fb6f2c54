package io.storyline.analysis.evaluation.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads MEANTIME CAT XML. An entity mention's type is not on the mention: it is the {@code ent_type} of
 * the ENTITY instance the mention REFERS_TO. HAS_PARTICIPANT relations whose target is not an entity
 * mention (MEANTIME also points them at VALUE markables, amounts of money) are left out.
 */
public final class CatReader {

    public CatDocument read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @param where names the source in error messages */
    public CatDocument parse(String xml, String where) throws GoldFormatException {
        Element root = XmlFiles.parse(xml, where).getDocumentElement();
        List<CatToken> tokens = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        for (Element token : children(root, "token")) {
            tokenIndex.put(token.getAttribute("t_id"), tokens.size());
            tokens.add(new CatToken(token.getAttribute("t_id"), number(token, "sentence", where),
                    number(token, "number", where), token.getTextContent(), 0, 0));
        }
        Relations relations = Relations.of(section(root, "Relations"));
        Map<String, String> entityTypes = new HashMap<>();
        Map<String, String> markableKinds = new HashMap<>();
        List<Element> markables = children(section(root, "Markables"), null);
        for (Element markable : markables) {
            markableKinds.put(markable.getAttribute("m_id"), markable.getTagName());
            if ("ENTITY".equals(markable.getTagName())) {
                entityTypes.put(markable.getAttribute("m_id"), XmlFiles.attribute(markable, "ent_type"));
            }
        }
        List<CatEntityMention> entities = new ArrayList<>();
        List<CatEventMention> events = new ArrayList<>();
        List<CatTimex> timexes = new ArrayList<>();
        for (Element markable : markables) {
            String id = markable.getAttribute("m_id");
            switch (markable.getTagName()) {
                case "ENTITY_MENTION" -> entities.add(new CatEntityMention(id, anchors(markable, tokenIndex, where),
                        entityTypes.get(relations.refersTo().get(id)), blankToNull(markable.getAttribute("syntactic_type"))));
                case "EVENT_MENTION" -> events.add(new CatEventMention(id, anchors(markable, tokenIndex, where)));
                case "TIMEX3" -> timexes.add(new CatTimex(id, anchors(markable, tokenIndex, where),
                        XmlFiles.attribute(markable, "type"), XmlFiles.attribute(markable, "value"),
                        "CREATION_TIME".equals(markable.getAttribute("functionInDocument"))));
                default -> {
                    // SIGNAL, VALUE, ENTITY and EVENT instances are not scored.
                }
            }
        }
        List<CatParticipant> participants = relations.participants().stream()
                .filter(p -> "EVENT_MENTION".equals(markableKinds.get(p.eventId()))
                        && "ENTITY_MENTION".equals(markableKinds.get(p.entityId())))
                .toList();
        return CatDocument.laidOut(attributes(root), tokens, entities, events, timexes, participants);
    }

    /** The relations the reader needs, gathered in one pass. */
    private record Relations(Map<String, String> refersTo, List<CatParticipant> participants) {

        static Relations of(Element section) {
            Map<String, String> refersTo = new HashMap<>();
            List<CatParticipant> participants = new ArrayList<>();
            for (Element relation : children(section, null)) {
                List<Element> sources = children(relation, "source");
                List<Element> targets = children(relation, "target");
                if (targets.isEmpty()) {
                    continue;
                }
                String target = targets.get(0).getAttribute("m_id");
                for (Element source : sources) {
                    String sourceId = source.getAttribute("m_id");
                    switch (relation.getTagName()) {
                        case "REFERS_TO" -> refersTo.putIfAbsent(sourceId, target);
                        case "HAS_PARTICIPANT" -> participants.add(
                                new CatParticipant(sourceId, target, XmlFiles.attribute(relation, "sem_role")));
                        default -> {
                            // TLINK, SLINK, GLINK, CLINK are not scored here.
                        }
                    }
                }
            }
            return new Relations(refersTo, participants);
        }
    }

    private static List<Integer> anchors(Element markable, Map<String, Integer> tokenIndex, String where)
            throws GoldFormatException {
        List<Integer> indexes = new ArrayList<>();
        for (Element anchor : children(markable, "token_anchor")) {
            Integer index = tokenIndex.get(anchor.getAttribute("t_id"));
            if (index == null) {
                throw new GoldFormatException(where + ": markable " + markable.getAttribute("m_id")
                        + " anchors on unknown token " + anchor.getAttribute("t_id"));
            }
            indexes.add(index);
        }
        return indexes.stream().distinct().sorted().toList();
    }

    private static Element section(Element root, String name) {
        List<Element> sections = children(root, name);
        return sections.isEmpty() ? null : sections.get(0);
    }

    /** Child elements, all of them when {@code name} is null; none when {@code parent} is null. */
    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        if (parent == null) {
            return children;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || name.equals(element.getTagName()))) {
                children.add(element);
            }
        }
        return children;
    }

    private static int number(Element token, String attribute, String where) throws GoldFormatException {
        try {
            return Integer.parseInt(token.getAttribute(attribute).trim());
        } catch (NumberFormatException e) {
            throw new GoldFormatException(where + ": token " + token.getAttribute("t_id") + " has no numeric "
                    + attribute, e);
        }
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            attributes.put(all.item(i).getNodeName(), all.item(i).getNodeValue());
        }
        return attributes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
