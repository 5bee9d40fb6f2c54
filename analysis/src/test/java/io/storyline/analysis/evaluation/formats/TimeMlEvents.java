package io.storyline.analysis.evaluation.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A TimeML document's events as one record each: the EVENT's span and class joined with its first MAKEINSTANCE's
 * tense, aspect, polarity and modality; and its event-time TLINKs, with instances turned back into events.
 */
final class TimeMlEvents {

    private final Map<String, Element> instanceOfEvent = new HashMap<>();
    private final Map<String, String> eventOfInstance = new HashMap<>();
    private final Document document;

    TimeMlEvents(Document document) {
        this.document = document;
        NodeList instances = document.getElementsByTagName("MAKEINSTANCE");
        for (int i = 0; i < instances.getLength(); i++) {
            Element instance = (Element) instances.item(i);
            String event = XmlFiles.attribute(instance, "eventID");
            instanceOfEvent.putIfAbsent(event, instance);
            eventOfInstance.put(XmlFiles.attribute(instance, "eiid"), event);
        }
    }

    List<TimeMlEvent> events(List<Element> elements, List<int[]> spans) {
        List<TimeMlEvent> events = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Element event = elements.get(i);
            String eid = XmlFiles.attribute(event, "eid");
            Element instance = instanceOfEvent.get(eid);
            events.add(new TimeMlEvent(eid, spans.get(i)[0], spans.get(i)[1], XmlFiles.attribute(event, "class"),
                    instance == null ? null : XmlFiles.attribute(instance, "tense"),
                    instance == null ? null : XmlFiles.attribute(instance, "aspect"),
                    instance == null ? null : XmlFiles.attribute(instance, "polarity"),
                    instance == null ? null : XmlFiles.attribute(instance, "modality")));
        }
        events.sort(Comparator.comparingInt(TimeMlEvent::begin).thenComparingInt(TimeMlEvent::end));
        return events;
    }

    List<TimeMlTimeLink> timeLinks() {
        List<TimeMlTimeLink> links = new ArrayList<>();
        NodeList tlinks = document.getElementsByTagName("TLINK");
        for (int i = 0; i < tlinks.getLength(); i++) {
            Element link = (Element) tlinks.item(i);
            String relation = XmlFiles.attribute(link, "relType");
            String fromEvent = eventOfInstance.get(XmlFiles.attribute(link, "eventInstanceID"));
            String toTime = XmlFiles.attribute(link, "relatedToTime");
            String fromTime = XmlFiles.attribute(link, "timeID");
            String toEvent = eventOfInstance.get(XmlFiles.attribute(link, "relatedToEventInstance"));
            if (fromEvent != null && toTime != null) {
                links.add(new TimeMlTimeLink(fromEvent, toTime, relation));
            } else if (fromTime != null && toEvent != null) {
                links.add(new TimeMlTimeLink(toEvent, fromTime, relation));
            }
        }
        return links;
    }
}
