package io.storyline.ingestion.extraction.internal.wire;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * TimeML (the TimeBank and AQUAINT corpora of TempEval): the text is {@code <TEXT>} without its EVENT, TIMEX3 and
 * SIGNAL tags; the publication date the document creation time, the {@code TIMEX3} in {@code <DCT>} whose {@code
 * functionInDocument} is {@code CREATION_TIME} (its {@code value}); the title {@code <TITLE>} where the file has one
 * (AQUAINT), else none here: the extractor's plain-text rule (a short first line) applies.
 */
final class TimeMl {

    static final String FORMAT = "TimeML";

    private TimeMl() {
    }

    static NewsArticle read(Element timeMl) {
        List<String> notes = new ArrayList<>();
        DateCandidate date = null;
        List<Element> timexes = Dom.children(Dom.child(timeMl, "DCT"), "TIMEX3");
        Element creation = timexes.stream().filter(t -> "CREATION_TIME".equals(Dom.attr(t, "functionInDocument")))
                .findFirst().orElse(timexes.isEmpty() ? null : timexes.get(0));
        if (creation != null) {
            date = IsoDates.candidate(DateSource.XML_ELEMENT, Dom.attr(creation, "value"))
                    .or(() -> IsoDates.candidate(DateSource.XML_ELEMENT, Dom.text(creation))).orElse(null);
            if (date != null) {
                notes.add("publication date from TimeML's document creation time (DCT/TIMEX3 "
                        + Dom.first(Dom.attr(creation, "tid"), "") + ")");
            }
        }
        Element text = Dom.child(timeMl, "TEXT");
        return new NewsArticle(FORMAT, Dom.text(Dom.child(timeMl, "TITLE")), null, null, null, Dom.lang(timeMl),
                text == null ? "" : text.getTextContent().strip(), date, List.of(), notes);
    }
}
