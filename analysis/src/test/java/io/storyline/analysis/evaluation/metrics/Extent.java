package io.storyline.analysis.evaluation.metrics;

import java.util.BitSet;
import java.util.Collection;

/**
 * The units a mention covers: characters for TempEval, tokens for MEANTIME. A set rather than an
 * interval because some MEANTIME event mentions are discontinuous ("set ... release").
 * Immutable; two extents are equal when they cover exactly the same units.
 */
public final class Extent {

    private static final Extent EMPTY = new Extent(new BitSet());

    private final BitSet units;

    private Extent(BitSet units) {
        this.units = units;
    }

    /** Units {@code begin} (inclusive) to {@code end} (exclusive); empty when the range is empty or negative. */
    public static Extent range(int begin, int end) {
        int from = Math.max(0, begin);
        if (end <= from) {
            return EMPTY;
        }
        BitSet units = new BitSet(end);
        units.set(from, end);
        return new Extent(units);
    }

    /** Exactly the units given; negative ones are ignored. */
    public static Extent of(Collection<Integer> units) {
        BitSet set = new BitSet();
        units.stream().filter(unit -> unit >= 0).forEach(set::set);
        return new Extent(set);
    }

    public static Extent empty() {
        return EMPTY;
    }

    /** How many units the two extents share; 0 means they do not overlap. */
    public int overlap(Extent other) {
        BitSet shared = (BitSet) units.clone();
        shared.and(other.units);
        return shared.cardinality();
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    public int size() {
        return units.cardinality();
    }

    /** The first unit covered, or -1 when empty. */
    public int first() {
        return units.nextSetBit(0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Extent extent && units.equals(extent.units);
    }

    @Override
    public int hashCode() {
        return units.hashCode();
    }

    @Override
    public String toString() {
        return units.toString();
    }
}
