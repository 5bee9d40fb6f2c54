package io.storyline.domain.timeline;

import java.util.List;

/** Editors' decisions about which reports are the same event. Callers bring the transaction. */
public interface EventLinkRepository {

    /** Stores the decision, superseding an active one about the same pair. */
    void decide(EventLink link);

    /** Every decision in force, oldest first. */
    List<EventLink> active();
}
