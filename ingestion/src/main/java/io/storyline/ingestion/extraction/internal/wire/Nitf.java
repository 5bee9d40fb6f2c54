package io.storyline.ingestion.extraction.internal.wire;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * NITF (News Industry Text Format, IPTC), by itself or as the body of a NewsML-G2 item. The headline is the
 * published one ({@code body.head/hedline/hl1}), else the document title ({@code head/title}); the publisher the
 * publication that carried it ({@code head/pubdata@name}), else the copyright holder, the agency
 * ({@code docdata/doc.copyright@holder}); the date the issue date ({@code docdata/date.issue@norm}), else
 * {@code pubdata@date.publication}, else the release date.
 */
final class Nitf {

    static final String FORMAT = "NITF";

    private Nitf() {
    }

    static NewsArticle read(Element nitf) {
        Element head = Dom.child(nitf, "head");
        Element body = Dom.child(nitf, "body");
        Element bodyHead = Dom.child(body, "body.head");
        Element docdata = Dom.child(head, "docdata");
        Element pubdata = Dom.child(head, "pubdata");
        List<String> notes = new ArrayList<>();

        String hl1 = Dom.text(Dom.child(bodyHead, "hedline", "hl1"));
        String title = Dom.first(hl1, Dom.text(Dom.child(head, "title")));
        String byline = Dom.children(bodyHead, "byline").stream().map(Dom::text).filter(b -> b != null)
                .collect(Collectors.collectingAndThen(Collectors.joining("; "), b -> b.isEmpty() ? null : b));
        String publisher = Dom.first(Dom.attr(pubdata, "name"), Dom.attr(Dom.child(docdata, "doc.copyright"), "holder"));

        DateCandidate date = null;
        String[][] dates = {{"date.issue", "norm"}, {null, "date.publication"}, {"date.release", "norm"}};
        for (String[] where : dates) {
            Element holder = where[0] == null ? pubdata : Dom.child(docdata, where[0]);
            date = IsoDates.candidate(DateSource.WIRE_METADATA, Dom.attr(holder, where[1])).orElse(null);
            if (date != null) {
                notes.add("publication date from NITF " + (where[0] == null ? "pubdata" : "docdata/" + where[0]) + "@"
                        + where[1]);
                break;
            }
        }

        List<String> subjects = new ArrayList<>();
        for (Element tobject : Dom.children(head, "tobject")) {
            for (Element s : Dom.children(tobject, "tobject.subject")) {
                subjects.add(Dom.first(Dom.attr(s, "tobject.subject.detail"), Dom.attr(s, "tobject.subject.matter"),
                        Dom.attr(s, "tobject.subject.type")));
            }
        }
        for (Element keyList : Dom.children(docdata, "key-list")) {
            Dom.children(keyList, "keyword").forEach(k -> subjects.add(Dom.attr(k, "key")));
        }
        String language = Dom.first(Dom.lang(nitf), Dom.lang(body), Dom.lang(head));
        return new NewsArticle(FORMAT, title, byline, publisher, Dom.text(Dom.child(bodyHead, "dateline")), language,
                Dom.blockText(Dom.child(body, "body.content")), date, Dom.distinct(subjects), notes);
    }
}
