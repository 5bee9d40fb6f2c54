package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date and where it came from. The calendar day is always known; the instant only when the
 * source gave a time. The day is the one in the publisher's own zone, which is what "on Wednesday" in the
 * text is relative to.
 */
@Embeddable
public class PublicationDate {

    @Column(name = "published_date")
    private LocalDate day;

    @Column(name = "published_time")
    private OffsetDateTime time;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_source", length = 32)
    private DateSource source;

    protected PublicationDate() {
        // for JPA
    }

    private PublicationDate(LocalDate day, OffsetDateTime time, DateSource source) {
        this.day = Objects.requireNonNull(day, "day");
        this.time = time;
        this.source = Objects.requireNonNull(source, "source");
    }

    public static PublicationDate ofDay(LocalDate day, DateSource source) {
        return new PublicationDate(day, null, source);
    }

    public static PublicationDate ofTime(OffsetDateTime time, DateSource source) {
        Objects.requireNonNull(time, "time");
        return new PublicationDate(time.toLocalDate(), time, source);
    }

    /**
     * Reads an ISO date ({@code 2024-05-01}) or an ISO date-time with offset
     * ({@code 2024-05-01T09:30:00+03:00}).
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static PublicationDate parse(String text, DateSource source) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        try {
            if (value.length() <= 10) {
                return ofDay(LocalDate.parse(value), source);
            }
            return ofTime(OffsetDateTime.parse(value), source);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "\"" + value + "\" is not a date like 2024-05-01 or a date-time like 2024-05-01T09:30:00Z", e);
        }
    }

    public LocalDate day() {
        return day;
    }

    public Optional<OffsetDateTime> time() {
        return Optional.ofNullable(time);
    }

    public DateSource source() {
        return source;
    }

    /** The ISO form, with the time when one is known. */
    public String iso() {
        return time != null ? time.toString() : day.toString();
    }

    /** JPA hands back an all-null embeddable as an instance with null fields on some providers. */
    boolean isEmpty() {
        return day == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicationDate other
                && Objects.equals(day, other.day)
                && Objects.equals(time, other.time)
                && source == other.source;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, time, source);
    }

    @Override
    public String toString() {
        return iso() + " (" + source + ")";
    }
}
