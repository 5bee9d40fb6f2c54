package io.storyline.analysis.evaluation.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link CatDocument} as CAT XML, one element a line like MEANTIME's own files. A typed entity
 * mention gets an ENTITY instance of its own and a REFERS_TO relation to it, since that is where CAT
 * keeps the type; {@link CatReader} reads the result back to the same document.
 */
public final class CatWriter {

    public void write(Path target, CatDocument document) throws IOException {
        PredictionFiles.write(target, render(document));
    }

    public String render(CatDocument document) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document");
        document.attributes().forEach((name, value) -> attribute(out, name, value));
        out.append(">\n");
        for (CatToken token : document.tokens()) {
            out.append("<token");
            attribute(out, "t_id", token.id());
            attribute(out, "sentence", Integer.toString(token.sentence()));
            attribute(out, "number", Integer.toString(token.number()));
            out.append('>').append(XmlFiles.escape(token.text())).append("</token>\n");
        }
        out.append("<Markables>\n");
        for (CatEntityMention mention : document.entities()) {
            markable(out, "ENTITY_MENTION", mention.id(), present("syntactic_type", mention.syntacticType()),
                    mention.tokens(), document);
        }
        for (CatEventMention mention : document.events()) {
            markable(out, "EVENT_MENTION", mention.id(), Map.of(), mention.tokens(), document);
        }
        for (CatTimex timex : document.timexes()) {
            markable(out, "TIMEX3", timex.id(), present("functionInDocument", timex.creationTime() ? "CREATION_TIME" : "NONE",
                    "type", timex.type(), "value", timex.value()), timex.tokens(), document);
        }
        for (CatEntityMention mention : document.entities()) {
            if (mention.entityType() != null) {
                out.append("<ENTITY");
                attribute(out, "m_id", instanceId(mention));
                attribute(out, "ent_type", mention.entityType());
                attribute(out, "TAG_DESCRIPTOR", words(mention.tokens(), document));
                out.append("/>\n");
            }
        }
        out.append("</Markables>\n<Relations>\n");
        int relation = 1;
        for (CatParticipant participant : document.participants()) {
            relation(out, "HAS_PARTICIPANT", relation++, participant.role(), participant.eventId(), participant.entityId());
        }
        for (CatEntityMention mention : document.entities()) {
            if (mention.entityType() != null) {
                relation(out, "REFERS_TO", relation++, null, mention.id(), instanceId(mention));
            }
        }
        return out.append("</Relations>\n</Document>\n").toString();
    }

    /** The instance's id is derived from the mention's, so it cannot collide with another mention's. */
    private static String instanceId(CatEntityMention mention) {
        return "instance-" + mention.id();
    }

    private static void markable(StringBuilder out, String tag, String id, Map<String, String> attributes,
            List<Integer> tokens, CatDocument document) {
        out.append('<').append(tag);
        attribute(out, "m_id", id);
        attributes.forEach((name, value) -> attribute(out, name, value));
        out.append(">\n");
        for (int index : tokens) {
            out.append("<token_anchor");
            attribute(out, "t_id", document.tokens().get(index).id());
            out.append("/>\n");
        }
        out.append("</").append(tag).append(">\n");
    }

    private static void relation(StringBuilder out, String tag, int id, String role, String source, String target) {
        out.append('<').append(tag);
        attribute(out, "r_id", Integer.toString(id));
        if (role != null) {
            attribute(out, "sem_role", role);
        }
        out.append(">\n<source");
        attribute(out, "m_id", source);
        out.append("/>\n<target");
        attribute(out, "m_id", target);
        out.append("/>\n</").append(tag).append(">\n");
    }

    private static String words(List<Integer> tokens, CatDocument document) {
        return String.join(" ", tokens.stream().map(index -> document.tokens().get(index).text()).toList());
    }

    /** Name-value pairs in order, without those whose value is null: an absent attribute reads back as null. */
    private static Map<String, String> present(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                attributes.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return attributes;
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(XmlFiles.escape(value)).append('"');
    }
}
