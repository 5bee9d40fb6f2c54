package io.storyline.analysis.language;

/** The thread that annotated a text was interrupted (its time ran out): the annotation stopped half-way. */
public class AnnotationInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnnotationInterruptedException(Throwable cause) {
        super("annotation interrupted", cause);
    }
}
