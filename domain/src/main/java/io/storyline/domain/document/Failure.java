package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Why a document failed, as data: a reason from a closed set, a message written for the person who uploaded the
 * file, and the stage it failed in (which is where a retry puts it back).
 */
@Embeddable
public class Failure {

    static final int MAX_MESSAGE = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", length = 32)
    private FailureReason reason;

    @Column(name = "failure_message", length = MAX_MESSAGE)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "failed_stage", length = 16)
    private Stage stage;

    protected Failure() {
        // for JPA
    }

    Failure(FailureReason reason, String message, Stage stage) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.message = Description.cut(Objects.requireNonNull(message, "message"), MAX_MESSAGE);
        this.stage = stage; // unknown only for failures recorded before stages were
    }

    FailureReason reason() {
        return reason;
    }

    String message() {
        return message;
    }

    Stage stage() {
        return stage;
    }

    /** JPA hands back an embeddable whose columns are all null as null, or on some providers as an empty one. */
    boolean isEmpty() {
        return reason == null;
    }
}
