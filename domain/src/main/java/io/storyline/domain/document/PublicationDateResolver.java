package io.storyline.domain.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses a document's publication date among its candidates by the precedence of {@link DateSource} (the
 * first candidate of the most trusted source wins) and says what makes the choice doubtful.
 *
 * @param oldestPlausible dates before this day are flagged as implausibly old
 */
public record PublicationDateResolver(LocalDate oldestPlausible) {

    /** What was chosen and what is doubtful about it. */
    public record Resolution(Optional<DateCandidate> chosen, Set<DateFlag> flags) {
    }

    public PublicationDateResolver {
        Objects.requireNonNull(oldestPlausible, "oldestPlausible");
    }

    /**
     * @param candidates every date found, in the order found
     * @param arrived    when the document arrived; a date after it is in the future
     */
    public Resolution resolve(List<DateCandidate> candidates, Instant arrived) {
        Optional<DateCandidate> chosen = candidates.stream()
                .min(Comparator.comparingInt(c -> c.source().ordinal()));
        EnumSet<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
        if (chosen.isEmpty()) {
            flags.add(DateFlag.MISSING);
            return new Resolution(chosen, flags);
        }
        DateCandidate date = chosen.get();
        // A day later than the arrival day anywhere on Earth (UTC+14) cannot be a publication date yet.
        LocalDate latestPossibleDay = arrived.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
        boolean future = date.time().map(t -> t.toInstant().isAfter(arrived)).orElse(date.day().isAfter(latestPossibleDay));
        if (future) {
            flags.add(DateFlag.FUTURE);
        }
        if (date.day().isBefore(oldestPlausible)) {
            flags.add(DateFlag.IMPLAUSIBLY_OLD);
        }
        // Calendar days one apart still agree: time zones and late-night publishing make them differ.
        if (candidates.stream().anyMatch(other -> other.daysApartFrom(date) > 1)) {
            flags.add(DateFlag.CONTRADICTED);
        }
        return new Resolution(chosen, flags);
    }
}
