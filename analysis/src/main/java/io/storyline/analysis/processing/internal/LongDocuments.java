package io.storyline.analysis.processing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;

/**
 * The one turn this server gives to long documents (over {@code storyline.analysis.long-document-chars}): while one
 * is analysed, other long ones wait, and the other workers keep analysing short ones.
 */
@ApplicationScoped
public class LongDocuments {

    private final Semaphore turn = new Semaphore(1);

    /** Takes the turn if it is free. */
    public boolean tryTake() {
        return turn.tryAcquire();
    }

    /** Gives back a turn taken. */
    public void giveBack() {
        turn.release();
    }
}
