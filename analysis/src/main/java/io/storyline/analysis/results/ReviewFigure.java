package io.storyline.analysis.results;

/**
 * How much of one kind of the machine's results people reviewed and how often it was right.
 *
 * @param subject  {@code ENTITY} or {@code EVENT}
 * @param type     the entity type or event type code
 * @param total    the machine's results of that type now stored, plus the ones people rejected
 * @param reviewed how many people decided about
 * @param correct  reviewed and right: accepted, linked to another entity of that type, or corrected in a detail
 *                 (date, place, participants)
 * @param wrong    reviewed and wrong: rejected, or of another type
 */
public record ReviewFigure(String subject, String type, long total, long reviewed, long correct, long wrong) {

    /** Reviewed share, 0–1; 0 when there is nothing. */
    public double share() {
        return total == 0 ? 0 : Math.min(1.0, (double) reviewed / total);
    }

    /** Measured precision over the reviewed results, 0–1, or NaN when none was reviewed. */
    public double precision() {
        return reviewed == 0 ? Double.NaN : (double) correct / reviewed;
    }

    /** The lower end of the 95 % Wilson interval of the precision, or NaN. */
    public double precisionLow() {
        return wilson(-1);
    }

    /** The upper end of the 95 % Wilson interval of the precision, or NaN. */
    public double precisionHigh() {
        return wilson(1);
    }

    private double wilson(int sign) {
        if (reviewed == 0) {
            return Double.NaN;
        }
        double z = 1.959964;
        double n = reviewed;
        double p = precision();
        double centre = p + z * z / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return Math.max(0, Math.min(1, (centre + sign * spread) / (1 + z * z / n)));
    }
}
