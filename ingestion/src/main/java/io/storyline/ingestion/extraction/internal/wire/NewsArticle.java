package io.storyline.ingestion.extraction.internal.wire;

import io.storyline.domain.document.DateCandidate;
import java.util.List;
import java.util.Objects;

/**
 * What a news XML file says about itself. Absent values are {@code null}.
 *
 * @param format    the format it was read as ("NewsML-G2", "NITF", "TimeML", "XML")
 * @param title     the headline
 * @param byline    the author(s) as the file names them
 * @param publisher the agency or publication
 * @param dateline  the dateline as written ("ROTTERDAM, May 5"), when the file gives it apart from the text
 * @param language  the language the file declares (a BCP 47 tag)
 * @param text      the story's text, paragraphs separated by blank lines, without markup
 * @param date      the publication date, its source {@code WIRE_METADATA} or {@code XML_ELEMENT}
 * @param subjects  the subjects and keywords the file gives, in its order, without repeats
 * @param notes     which elements the fields came from, for the document's history
 */
public record NewsArticle(String format, String title, String byline, String publisher, String dateline,
                          String language, String text, DateCandidate date, List<String> subjects,
                          List<String> notes) {

    public NewsArticle {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        subjects = List.copyOf(subjects);
        notes = List.copyOf(notes);
    }

    /**
     * The text as the story is printed: the dateline opens its first paragraph, followed by a dash ("ROTTERDAM, May 5
     * \u2014 The city council ..."), unless the text already starts with it; a first paragraph that only repeats the
     * headline stays above it. Analysis reads the place and day of a dateline from there.
     */
    public String textWithDateline() {
        if (dateline == null || text.startsWith(dateline)) {
            return text;
        }
        int at = title != null && text.startsWith(title + "\n") ? text.indexOf('\n', title.length()) : 0;
        while (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        if (text.startsWith(dateline, at)) {
            return text;
        }
        return text.substring(0, at) + dateline + " \u2014 " + text.substring(at);
    }
}
