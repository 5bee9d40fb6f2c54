package io.storyline.domain.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document's publication date with its provenance: every date a source gave (the uploader, JSON-LD, meta tags,
 * PDF info, a dateline), the one chosen among them, and the flags that ask a person to look. The date given at
 * upload stays first and wins; extraction replaces only what the file said.
 */
@Embeddable
public class PublicationDates {

    @Embedded
    private PublicationDate chosen;

    @ElementCollection
    @CollectionTable(name = "document_date_candidate", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<DateCandidate> candidates = new ArrayList<>();

    @Column(name = "date_flags", length = 100)
    private String flags;

    void giveAtUpload(PublicationDate given) {
        if (given.source() != DateSource.UPLOAD) {
            throw new IllegalArgumentException("a date given at upload has the source UPLOAD");
        }
        candidates.removeIf(c -> c.source() == DateSource.UPLOAD);
        candidates.add(0, DateCandidate.of(given, given.iso()));
        this.chosen = given;
    }

    /**
     * A person's correction: the date becomes the one given by a person, which wins over every date the file gives
     * (now and at every later reading), and the flags asking a person to look at the date are answered.
     */
    void correct(PublicationDate given) {
        giveAtUpload(given);
        Set<DateFlag> kept = flags();
        kept.retainAll(EnumSet.of(DateFlag.ENCODING_UNCERTAIN));
        this.flags = kept.isEmpty() ? null : kept.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /**
     * Replaces what an earlier reading of the file found with {@code found}, and chooses again. The flags are the
     * resolver's and {@code reading}, what the reading itself asks a person to look at.
     */
    void choose(List<DateCandidate> found, PublicationDateResolver resolver, Instant uploadedAt, Set<DateFlag> reading) {
        candidates.removeIf(c -> c.source() != DateSource.UPLOAD);
        candidates.addAll(found);
        PublicationDateResolver.Resolution resolution = resolver.resolve(candidates, uploadedAt);
        this.chosen = resolution.chosen().map(DateCandidate::asPublicationDate).orElse(null);
        EnumSet<DateFlag> all = EnumSet.noneOf(DateFlag.class);
        all.addAll(resolution.flags());
        all.addAll(reading);
        this.flags = all.isEmpty() ? null : all.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    Optional<PublicationDate> chosen() {
        return chosen == null || chosen.isEmpty() ? Optional.empty() : Optional.of(chosen);
    }

    List<DateCandidate> candidates() {
        return List.copyOf(candidates);
    }

    Set<DateFlag> flags() {
        if (flags == null) {
            return EnumSet.noneOf(DateFlag.class);
        }
        return Arrays.stream(flags.split(",")).map(DateFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DateFlag.class)));
    }

    Optional<PublicationDate> givenAtUpload() {
        return candidates.stream().filter(c -> c.source() == DateSource.UPLOAD).findFirst()
                .map(DateCandidate::asPublicationDate);
    }

    /** The chosen day, else the day of the upload (in UTC). */
    LocalDate dayOr(Instant uploadedAt) {
        return chosen().map(PublicationDate::day).orElseGet(() -> uploadDay(uploadedAt));
    }

    /** The day given at upload, else the day of the upload (in UTC). */
    LocalDate givenDayOr(Instant uploadedAt) {
        return givenAtUpload().map(PublicationDate::day).orElseGet(() -> uploadDay(uploadedAt));
    }

    private static LocalDate uploadDay(Instant uploadedAt) {
        return uploadedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
