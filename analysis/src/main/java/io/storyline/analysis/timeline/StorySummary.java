package io.storyline.analysis.timeline;

import java.time.Instant;

/** A story in the list of stories. */
public record StorySummary(long id, String title, String createdBy, Instant updatedAt, Instant reviewedAt,
        Instant publishedAt) {}
