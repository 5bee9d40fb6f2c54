package io.storyline.analysis.progress;

import io.storyline.domain.document.DocumentStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many documents are in each status at one moment.
 *
 * @param byStatus a count for every status, zero included
 */
public record ProgressSnapshot(Map<DocumentStatus, Long> byStatus) {

    public ProgressSnapshot {
        EnumMap<DocumentStatus, Long> all = new EnumMap<>(DocumentStatus.class);
        for (DocumentStatus status : DocumentStatus.values()) {
            all.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Map.copyOf(all);
    }

    public long count(DocumentStatus status) {
        return byStatus.get(status);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Documents still on their way: neither analysed nor failed. */
    public long inProgress() {
        return byStatus.entrySet().stream()
                .filter(e -> !e.getKey().isFinal())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
