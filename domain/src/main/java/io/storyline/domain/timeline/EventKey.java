package io.storyline.domain.timeline;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names an event the way re-analysis keeps it: its document and the span of its trigger. Event ids change when a
 * document is analysed again; the key does not. Written {@code <document>:<begin>-<end>}.
 */
public record EventKey(long documentId, int begin, int end) implements Comparable<EventKey> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18}):(\\d{1,9})-(\\d{1,9})");
    private static final Comparator<EventKey> ORDER = Comparator.comparingLong(EventKey::documentId)
            .thenComparingInt(EventKey::begin).thenComparingInt(EventKey::end);

    public EventKey {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("an event key names a non-empty span, not " + begin + "-" + end);
        }
    }

    /**
     * Reads {@code <document>:<begin>-<end>}.
     *
     * @throws IllegalArgumentException when the text is not in that form
     */
    public static EventKey parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an event key: write <document>:<begin>-<end>,"
                    + " for example 12:340-346");
        }
        return new EventKey(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(EventKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return documentId + ":" + begin + "-" + end;
    }
}
