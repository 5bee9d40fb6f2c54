package io.storyline.domain.document.jpa;

import static io.storyline.domain.document.jpa.Archive.at;
import static io.storyline.domain.document.jpa.Archive.jsonLd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.DayCount;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.tag.DocumentTag;
import io.storyline.domain.tag.TagOrigin;
import io.storyline.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The archive's list as the documents page and the REST API ask for it: each filter, each sort, pages and counts,
 * on the real schema. One archive of six documents serves every test; none of them changes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDocumentRepositoryListTest {

    private TestDatabase db;
    private Archive archive;
    private JpaDocumentRepository documents;
    private Document blinken;
    private Document gaza;
    private Document scan;
    private Document bundle;
    private Document insideBundle;
    private Document memo;

    @BeforeAll
    void fill() {
        db = TestDatabase.migrated();
        archive = new Archive(db);
        documents = archive.documents;
        blinken = archive.extracted(archive.uploaded("blinken-visit.html", "text/html", "maria", at("2024-05-02T08:00:00Z"),
                "Reuters", null), "Blinken meets Netanyahu in Jerusalem", "en", at("2024-05-02T08:01:00Z"),
                jsonLd(LocalDate.of(2024, 5, 1)));
        gaza = archive.extracted(archive.uploaded("gaza-aid.html", "text/html", "maria", at("2024-05-03T09:00:00Z"),
                "AFP", LocalDate.of(2024, 4, 30)), "aid trucks cross into Gaza", "en", at("2024-05-03T09:01:00Z"));
        scan = archive.failed(archive.uploaded("scan-100%.pdf", "application/pdf", "omar", at("2024-05-04T10:00:00Z"),
                null, null), FailureReason.NEEDS_OCR, "The PDF holds only images of pages.", at("2024-05-04T10:01:00Z"));
        bundle = archive.uploaded("press-pack.zip", "application/zip", "omar", at("2024-05-05T11:00:00Z"), null, null);
        insideBundle = archive.uploaded("communique.txt", "text/plain", "omar", at("2024-05-05T11:00:01Z"), null, null);
        db.transaction(em -> documents.find(insideBundle.id()).orElseThrow().foundInside(bundle.id(), 0));
        memo = archive.extracted(archive.uploaded("memo.txt", "text/plain", "maria", at("2024-05-06T12:00:00Z"), null,
                null), null, "fr", at("2024-05-06T12:01:00Z"));
        db.transaction(em -> em.persist(new DocumentTag(blinken.id(), "diplomacy", TagOrigin.MANUAL, "maria",
                at("2024-05-07T00:00:00Z"))));
        db.clear();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void newestUploadsComeFirstByDefaultAndPagesCountTheWholeList() {
        Page<Document> first = documents.list(DocumentFilter.any(), null, new PageRequest(0, 4));
        assertEquals(List.of("memo.txt", "communique.txt", "press-pack.zip", "scan-100%.pdf"), names(first.items()));
        assertEquals(6, first.total());

        Page<Document> second = documents.list(DocumentFilter.any(), DocumentSort.UPLOADED_NEWEST, new PageRequest(1, 4));
        assertEquals(List.of("gaza-aid.html", "blinken-visit.html"), names(second.items()));
        assertEquals(6, second.total());
    }

    @Test
    void oldestUploadsFirst() {
        assertEquals("blinken-visit.html", names(page(DocumentFilter.any(), DocumentSort.UPLOADED_OLDEST)).get(0));
    }

    @Test
    void byPublicationDateTheUndatedComeLastEitherWay() {
        List<String> newest = names(page(DocumentFilter.any(), DocumentSort.PUBLISHED_NEWEST));
        assertEquals(List.of("blinken-visit.html", "gaza-aid.html"), newest.subList(0, 2));
        List<String> oldest = names(page(DocumentFilter.any(), DocumentSort.PUBLISHED_OLDEST));
        assertEquals(List.of("gaza-aid.html", "blinken-visit.html"), oldest.subList(0, 2));
    }

    @Test
    void byTitleWhatAListShowsIsSortedWithoutRegardToCase() {
        assertEquals(List.of("aid trucks cross into Gaza", "Blinken meets Netanyahu in Jerusalem", "communique.txt",
                        "memo.txt", "press-pack.zip", "scan-100%.pdf"),
                page(DocumentFilter.any(), DocumentSort.TITLE).stream().map(Document::displayTitle).toList());
    }

    @Test
    void theTextFilterSearchesFilenamesAndTitlesAndTakesWildcardsLiterally() {
        assertEquals(List.of("blinken-visit.html"), names(page(DocumentFilter.any().withText("NETANYAHU"), null)));
        assertEquals(List.of("scan-100%.pdf"), names(page(DocumentFilter.any().withText("100%"), null)));
        assertEquals(List.of(), names(page(DocumentFilter.any().withText("_"), null)));
    }

    @Test
    void statusAndFailureReasonFilters() {
        assertEquals(List.of("memo.txt", "gaza-aid.html", "blinken-visit.html"),
                names(page(DocumentFilter.any().withStatus(DocumentStatus.EXTRACTED), null)));
        assertEquals(List.of("scan-100%.pdf"),
                names(page(DocumentFilter.any().withFailureReason(FailureReason.NEEDS_OCR), null)));
        assertEquals(0, documents.count(DocumentFilter.any().withFailureReason(FailureReason.ENCRYPTED)));
    }

    @Test
    void filtersByWhatWasFoundOrGiven() {
        assertEquals(List.of("communique.txt", "press-pack.zip", "scan-100%.pdf"),
                names(page(DocumentFilter.any().withUploadedBy("omar"), null)));
        assertEquals(List.of("gaza-aid.html"), names(page(DocumentFilter.any().withPublisher("AFP"), null)));
        assertEquals(List.of("memo.txt"), names(page(DocumentFilter.any().withLanguage("fr"), null)));
        assertEquals(List.of("press-pack.zip"), names(page(DocumentFilter.any().withMediaType("application/zip"), null)));
        assertEquals(List.of("blinken-visit.html"), names(page(DocumentFilter.any().withTag("diplomacy"), null)));
        assertEquals(List.of("communique.txt"), names(page(DocumentFilter.any().withParent(bundle.id()), null)));
        assertEquals(1, documents.countChildren(bundle.id()));
    }

    @Test
    void thePublishedRangeIncludesBothEnds() {
        assertEquals(List.of("gaza-aid.html", "blinken-visit.html"), names(page(DocumentFilter.any()
                .withPublished(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1)), null)));
        assertEquals(List.of("blinken-visit.html"), names(page(DocumentFilter.any()
                .withPublished(LocalDate.of(2024, 5, 1), null), null)));
    }

    @Test
    void documentsWhoseDateNeedsALookAreThoseWithFlags() {
        // memo.txt had no date at all (MISSING); the others have theirs, or were never extracted.
        assertEquals(List.of("memo.txt"), names(page(DocumentFilter.any().withDateReview(true), null)));
        assertEquals(5, documents.count(DocumentFilter.any().withDateReview(false)));
    }

    @Test
    void countsByStatusAndByDay() {
        assertEquals(Map.of(DocumentStatus.EXTRACTED, 3L, DocumentStatus.FAILED, 1L, DocumentStatus.RECEIVED, 2L),
                documents.countByStatus());
        // A day counts the documents published that day, and the undated ones uploaded that day.
        assertEquals(List.of(new DayCount(LocalDate.of(2024, 4, 30), 1, 0), new DayCount(LocalDate.of(2024, 5, 1), 1, 0),
                new DayCount(LocalDate.of(2024, 5, 4), 0, 1), new DayCount(LocalDate.of(2024, 5, 5), 0, 2),
                new DayCount(LocalDate.of(2024, 5, 6), 0, 1)), documents.countByDay(30));
        assertEquals(List.of(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 6)),
                documents.countByDay(2).stream().map(DayCount::day).toList(), "the latest days, oldest first");
    }

    @Test
    void theChoicesOfTheFilterFormComeFromTheArchive() {
        assertEquals(List.of("application/pdf", "application/zip", "text/html", "text/plain"), documents.mediaTypes());
        assertEquals(List.of("en", "fr"), documents.languages());
    }

    @Test
    void theIdsOfAFilterForBulkActionsComeInIdOrderUpToTheLimit() {
        // "a" in the title of blinken-visit.html, in the names of gaza-aid.html, scan-100%.pdf and press-pack.zip
        assertEquals(List.of(blinken.id(), gaza.id(), scan.id(), bundle.id()),
                documents.ids(DocumentFilter.any().withText("a"), 10));
        assertEquals(List.of(blinken.id(), gaza.id()), documents.ids(DocumentFilter.any().withText("a"), 2));
        assertEquals(List.of(insideBundle.id(), memo.id()), documents.ids(DocumentFilter.any().withText(".txt"), 10));
    }

    private List<Document> page(DocumentFilter filter, DocumentSort sort) {
        return documents.page(filter, sort, new PageRequest(0, 50));
    }

    private static List<String> names(List<Document> list) {
        return list.stream().map(Document::filename).toList();
    }
}
