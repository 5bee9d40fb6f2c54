package io.storyline.web.documents.faces;

import io.storyline.domain.document.DayCount;
import io.storyline.ingestion.catalog.DocumentCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every view of the documents table shows about the whole archive (documents per day, the media types and
 * languages to filter by), read at most every {@value #SECONDS} seconds: each is a scan of every document, too
 * dear to run for every page view of a large archive, and a few seconds old is fresh enough for a chart and
 * a filter's choices.
 */
@ApplicationScoped
public class ArchiveOverview {

    static final int SECONDS = 30;

    @EJB
    DocumentCatalog catalog;

    private final Cached<List<DayCount>> perDay = new Cached<>(Duration.ofSeconds(SECONDS));
    private final Cached<List<String>> mediaTypes = new Cached<>(Duration.ofSeconds(SECONDS));
    private final Cached<List<String>> languages = new Cached<>(Duration.ofSeconds(SECONDS));

    public List<DayCount> documentsPerDay(int days) {
        return perDay.get(() -> catalog.documentsPerDay(days));
    }

    public List<String> mediaTypes() {
        return mediaTypes.get(catalog::mediaTypes);
    }

    public List<String> languages() {
        return languages.get(catalog::languages);
    }

    /** One value, read again when older than its time to live; concurrent readers of a stale value wait once. */
    static final class Cached<T> {

        private final long ttlNanos;
        private T value;
        private long readAt;

        Cached(Duration ttl) {
            this.ttlNanos = ttl.toNanos();
        }

        synchronized T get(Supplier<T> read) {
            long now = System.nanoTime();
            if (value == null || now - readAt > ttlNanos) {
                value = read.get();
                readAt = now;
            }
            return value;
        }
    }
}
