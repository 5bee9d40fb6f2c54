package io.storyline.analysis;

import jakarta.ejb.ApplicationException;

/**
 * A request to analysis that cannot be carried out, with the reason a person can act on: something asked for does
 * not exist, a value cannot be read, or it clashes with what is stored.
 */
@ApplicationException(rollback = true)
public class AnalysisProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem, which decides the HTTP status the API answers with. */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT, FORBIDDEN }

    private final Kind kind;

    public AnalysisProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static AnalysisProblem notFound(String message) {
        return new AnalysisProblem(Kind.NOT_FOUND, message);
    }

    public static AnalysisProblem invalid(String message) {
        return new AnalysisProblem(Kind.INVALID, message);
    }

    /** The thing exists, but this person may not do that to it (it is someone else's). */
    public static AnalysisProblem forbidden(String message) {
        return new AnalysisProblem(Kind.FORBIDDEN, message);
    }

    public static AnalysisProblem conflict(String message) {
        return new AnalysisProblem(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
