package io.storyline.domain.time;

/** How precisely a date is known, coarsest last. */
public enum Granularity {
    TIME,
    DAY,
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    HALF_YEAR,
    YEAR,
    DECADE,
    CENTURY;

    /** Whether this is at least as precise as {@code other}. */
    public boolean finerOrEqual(Granularity other) {
        return ordinal() <= other.ordinal();
    }
}
