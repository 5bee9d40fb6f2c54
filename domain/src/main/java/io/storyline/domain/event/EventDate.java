package io.storyline.domain.event;

import io.storyline.domain.time.Granularity;
import io.storyline.domain.time.TimeValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened: a TIMEX3 value, the interval of days it covers and its granularity, how the date was
 * found, and the words that gave it.
 */
@Embeddable
public class EventDate {

    @Column(name = "date_value", length = 100)
    private String value;

    @Column(name = "date_start")
    private LocalDate start;

    @Column(name = "date_end")
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_granularity", length = 16)
    private Granularity granularity;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_source", length = 24)
    private EventDateSource source;

    @Column(name = "date_text", length = 300)
    private String text;

    protected EventDate() {
        // for JPA
    }

    private EventDate(TimeValue value, EventDateSource source, String text) {
        this.value = value.value();
        this.start = value.start();
        this.end = value.end();
        this.granularity = value.granularity();
        this.source = Objects.requireNonNull(source, "source");
        this.text = text == null ? null : (text.length() <= 300 ? text : text.substring(0, 300));
    }

    /**
     * The date a TIMEX3 value names, found as {@code source} says, from the words {@code text}.
     *
     * @throws IllegalArgumentException when the value names no calendar interval
     */
    public static EventDate of(String timexValue, EventDateSource source, String text) {
        TimeValue value = TimeValue.parse(timexValue).orElseThrow(() -> new IllegalArgumentException(
                "\"" + timexValue + "\" is not a date, month, week, quarter or year"));
        return new EventDate(value, source, text);
    }

    public String value() {
        return value;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public Granularity granularity() {
        return granularity;
    }

    public EventDateSource source() {
        return source;
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** JPA hands back an all-null embeddable as an instance with null fields on some providers. */
    boolean isEmpty() {
        return value == null;
    }
}
