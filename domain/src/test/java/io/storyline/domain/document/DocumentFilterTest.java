package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentFilterTest {

    @Test
    void blankValuesMeanAnyAndValuesAreTrimmed() {
        DocumentFilter filter = DocumentFilter.any().withPublisher("  ").withUploadedBy(" alice ").withTag("gaza");

        assertNull(filter.publisher());
        assertEquals("alice", filter.uploadedBy());
        assertEquals("gaza", filter.tag());
    }

    @Test
    void aPublicationRangeThatEndsBeforeItStartsIsRefusedWithBothDays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentFilter.any()
                .withPublished(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)));
        assertTrue(e.getMessage().contains("2024-05-01") && e.getMessage().contains("2024-05-02"), e.getMessage());
    }

    @Test
    void witherKeepsTheOtherFields() {
        DocumentFilter filter = DocumentFilter.any().withStatus(DocumentStatus.FAILED).withLanguage("en")
                .withPublished(LocalDate.of(2024, 5, 1), null).withMediaType("text/plain");

        assertEquals(DocumentStatus.FAILED, filter.status());
        assertEquals("en", filter.language());
        assertEquals(LocalDate.of(2024, 5, 1), filter.publishedFrom());
        assertEquals("text/plain", filter.mediaType());
    }
}
