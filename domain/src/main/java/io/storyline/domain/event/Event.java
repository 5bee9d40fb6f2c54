package io.storyline.domain.event;

import io.storyline.domain.common.Origin;
import io.storyline.domain.common.ReviewState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened (or was said, planned or denied) according to one sentence of one document: its type,
 * the words that trigger it, who took part and how, where, when, its modality and how sure the machine is.
 */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "type_code", nullable = false, length = 64)
    private String typeCode;

    @Column(name = "trigger_text", nullable = false, length = 300)
    private String triggerText;

    @Column(name = "trigger_begin", nullable = false)
    private int triggerBegin;

    @Column(name = "trigger_end", nullable = false)
    private int triggerEnd;

    @Column(name = "sentence_index", nullable = false)
    private int sentenceIndex;

    @Column(name = "sentence_begin", nullable = false)
    private int sentenceBegin;

    @Column(name = "sentence_end", nullable = false)
    private int sentenceEnd;

    @Column(name = "sentence", nullable = false, length = 4000)
    private String sentence;

    @Column(name = "place_entity_id")
    private Long placeEntityId;

    @Column(name = "place_name", length = 300)
    private String placeName;

    @Embedded
    private EventDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "modality", nullable = false, length = 16)
    private Modality modality;

    @Column(name = "confidence", nullable = false)
    private double confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing", nullable = false, length = 16)
    private Listing listing = Listing.LISTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "review", nullable = false, length = 16)
    private ReviewState review;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    protected Event() {
        // for JPA
    }

    /**
     * An event the machine found.
     *
     * @param sentence the evidence: the sentence's text, cut at 4000 characters
     */
    public Event(long documentId, String typeCode, String triggerText, int triggerBegin, int triggerEnd,
                 int sentenceIndex, int sentenceBegin, int sentenceEnd, String sentence, Modality modality,
                 double confidence) {
        if (triggerBegin < 0 || triggerEnd <= triggerBegin) {
            throw new IllegalArgumentException("an event's trigger spans at least one character");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("a confidence lies between 0 and 1: " + confidence);
        }
        this.documentId = documentId;
        this.typeCode = Objects.requireNonNull(typeCode, "typeCode");
        this.triggerText = cut(Objects.requireNonNull(triggerText, "triggerText"), 300);
        this.triggerBegin = triggerBegin;
        this.triggerEnd = triggerEnd;
        this.sentenceIndex = sentenceIndex;
        this.sentenceBegin = sentenceBegin;
        this.sentenceEnd = sentenceEnd;
        this.sentence = cut(Objects.requireNonNull(sentence, "sentence"), 4000);
        this.modality = Objects.requireNonNull(modality, "modality");
        this.confidence = confidence;
        this.origin = Origin.MACHINE;
        this.review = ReviewState.UNREVIEWED;
    }

    public void addParticipant(Participant participant) {
        participants.add(Objects.requireNonNull(participant, "participant"));
    }

    public void placeAt(Long entityId, String name) {
        this.placeEntityId = entityId;
        this.placeName = name == null ? null : cut(name, 300);
    }

    public void dateAt(EventDate newDate) {
        this.date = newDate;
    }

    /** Whether a reader lists this report (the first of its happening), else why not; a new event is listed. */
    public void listAs(Listing newListing) {
        this.listing = Objects.requireNonNull(newListing, "listing");
    }

    /** A person confirmed the event. */
    public void accept() {
        this.review = ReviewState.ACCEPTED;
    }

    /** A person changed the event's type. */
    public void retype(String newTypeCode) {
        this.typeCode = Objects.requireNonNull(newTypeCode, "typeCode");
        this.review = ReviewState.ACCEPTED;
    }

    /** A person gave the event its participants, replacing the machine's. */
    public void replaceParticipants(List<Participant> people) {
        participants.clear();
        people.forEach(this::addParticipant);
        this.review = ReviewState.ACCEPTED;
    }

    /** A person set where the event happened (entity id may be null for a place the archive does not know). */
    public void replacePlace(Long entityId, String name) {
        placeAt(entityId, name);
        this.review = ReviewState.ACCEPTED;
    }

    /** A person set the event's date. */
    public void redate(String timexValue) {
        this.date = EventDate.of(timexValue, EventDateSource.PERSON, null);
        this.review = ReviewState.ACCEPTED;
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

    public String typeCode() {
        return typeCode;
    }

    public String triggerText() {
        return triggerText;
    }

    public int triggerBegin() {
        return triggerBegin;
    }

    public int triggerEnd() {
        return triggerEnd;
    }

    public int sentenceIndex() {
        return sentenceIndex;
    }

    public int sentenceBegin() {
        return sentenceBegin;
    }

    public int sentenceEnd() {
        return sentenceEnd;
    }

    public String sentence() {
        return sentence;
    }

    public Optional<Long> placeEntityId() {
        return Optional.ofNullable(placeEntityId);
    }

    public Optional<String> placeName() {
        return Optional.ofNullable(placeName);
    }

    public Optional<EventDate> date() {
        return date == null || date.isEmpty() ? Optional.empty() : Optional.of(date);
    }

    public Modality modality() {
        return modality;
    }

    public double confidence() {
        return confidence;
    }

    public Listing listing() {
        return listing;
    }

    /** Whether the document page and the timeline show it by default: the one report of a happening. */
    public boolean listed() {
        return listing == Listing.LISTED;
    }

    public Origin origin() {
        return origin;
    }

    public ReviewState review() {
        return review;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }
}
