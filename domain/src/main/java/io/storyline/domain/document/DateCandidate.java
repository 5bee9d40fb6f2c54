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
 * One publication date some source offered, with the words it came from. All candidates are kept; one is
 * chosen by {@link PublicationDateResolver}.
 */
@Embeddable
public class DateCandidate {

    static final int MAX_RAW = 300;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 32)
    private DateSource source;

    @Column(name = "published_date", nullable = false)
    private LocalDate day;

    @Column(name = "published_time")
    private OffsetDateTime time;

    @Column(name = "raw", length = MAX_RAW)
    private String raw;

    protected DateCandidate() {
        // for JPA
    }

    private DateCandidate(DateSource source, LocalDate day, OffsetDateTime time, String raw) {
        this.source = Objects.requireNonNull(source, "source");
        this.day = Objects.requireNonNull(day, "day");
        this.time = time;
        this.raw = raw == null ? null : raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
    }

    public static DateCandidate ofDay(DateSource source, LocalDate day, String raw) {
        return new DateCandidate(source, day, null, raw);
    }

    public static DateCandidate ofTime(DateSource source, OffsetDateTime time, String raw) {
        Objects.requireNonNull(time, "time");
        return new DateCandidate(source, time.toLocalDate(), time, raw);
    }

    public static DateCandidate of(PublicationDate date, String raw) {
        return new DateCandidate(date.source(), date.day(), date.time().orElse(null), raw);
    }

    public DateSource source() {
        return source;
    }

    public LocalDate day() {
        return day;
    }

    public Optional<OffsetDateTime> time() {
        return Optional.ofNullable(time);
    }

    /** The text the date was read from, as the source wrote it. */
    public Optional<String> raw() {
        return Optional.ofNullable(raw);
    }

    public PublicationDate asPublicationDate() {
        return time != null ? PublicationDate.ofTime(time, source) : PublicationDate.ofDay(day, source);
    }

    /** Calendar days between the two dates, each the day in its own source's zone. */
    long daysApartFrom(DateCandidate other) {
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, other.day));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateCandidate other && source == other.source && day.equals(other.day)
                && Objects.equals(time, other.time) && Objects.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, day, time, raw);
    }

    @Override
    public String toString() {
        return source + " " + (time != null ? time : day);
    }
}
