package io.storyline.domain.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A time expression in a document's text, normalised as TIMEX3 does, with the interval it covers. */
@Entity
@Table(name = "time_expression")
public class TimeExpression {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_expression_seq")
    @SequenceGenerator(name = "time_expression_seq", sequenceName = "time_expression_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "begin_offset", nullable = false)
    private int begin;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "sentence_index", nullable = false)
    private int sentenceIndex;

    @Column(name = "timex_type", nullable = false, length = 16)
    private String timexType;

    @Column(name = "timex_value", length = 100)
    private String value;

    @Column(name = "range_start")
    private LocalDate rangeStart;

    @Column(name = "range_end")
    private LocalDate rangeEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "granularity", length = 16)
    private Granularity granularity;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchored_to", nullable = false, length = 24)
    private TimeAnchor anchoredTo;

    protected TimeExpression() {
        // for JPA
    }

    public TimeExpression(long documentId, int begin, int end, String text, int sentenceIndex, String timexType,
                          String value, TimeAnchor anchoredTo) {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("a time expression spans at least one character");
        }
        this.documentId = documentId;
        this.begin = begin;
        this.end = end;
        this.text = cut(Objects.requireNonNull(text, "text"), 500);
        this.sentenceIndex = sentenceIndex;
        this.timexType = Objects.requireNonNull(timexType, "timexType");
        this.value = value == null ? null : cut(value, 100);
        this.anchoredTo = Objects.requireNonNull(anchoredTo, "anchoredTo");
        TimeValue.parse(value).ifPresent(v -> {
            this.rangeStart = v.start();
            this.rangeEnd = v.end();
            this.granularity = v.granularity();
        });
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public int sentenceIndex() {
        return sentenceIndex;
    }

    public String timexType() {
        return timexType;
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public Optional<LocalDate> rangeStart() {
        return Optional.ofNullable(rangeStart);
    }

    public Optional<LocalDate> rangeEnd() {
        return Optional.ofNullable(rangeEnd);
    }

    public Optional<Granularity> granularity() {
        return Optional.ofNullable(granularity);
    }

    public TimeAnchor anchoredTo() {
        return anchoredTo;
    }
}
