package io.storyline.ingestion.catalog.internal;

import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.tag.DocumentTag;
import io.storyline.domain.tag.TagOrigin;
import io.storyline.domain.tag.TagRepository;
import io.storyline.ingestion.catalog.Tagging;
import io.storyline.platform.search.SearchRecords;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes tags in a transaction of its own, with the history entry and the search record of each document that
 * changed, so the search index follows the tags when it commits.
 */
@Stateless
@LocalBean
public class TagWriter {

    @Inject
    DocumentRepository documents;

    @Inject
    TagRepository tags;

    @Inject
    SearchRecords searchRecords;

    @Inject
    Clock clock;

    /** Adds canonical {@code names} to each of the distinct {@code ids} that lacks them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Tagging> add(List<Long> ids, List<String> names, String user) {
        Set<Long> existing = documents.existing(ids);
        Map<Long, List<String>> present = tags.namesOf(existing);
        Instant now = clock.instant();
        List<Tagging> outcomes = new ArrayList<>(ids.size());
        for (long id : ids) {
            if (!existing.contains(id)) {
                outcomes.add(new Tagging(id, false, List.of()));
                continue;
            }
            List<String> had = present.getOrDefault(id, List.of());
            List<String> added = names.stream().filter(n -> !had.contains(n)).toList();
            for (String name : added) {
                tags.add(new DocumentTag(id, name, TagOrigin.MANUAL, user, now));
            }
            if (!added.isEmpty()) {
                documents.record(new HistoryEntry(id, Step.TAGGED, user, String.join(", ", added), now));
                searchRecords.refresh(id);
            }
            outcomes.add(new Tagging(id, true, added));
        }
        return outcomes;
    }
}
