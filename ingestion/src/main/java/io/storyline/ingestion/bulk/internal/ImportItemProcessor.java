package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.Filename;
import io.storyline.domain.imports.ImportItem;
import io.storyline.domain.imports.ImportJob;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes one file in through intake, like an upload. A file that was taken in before a crash (its sighting
 * exists) is not taken in again. A file that cannot be read or is refused becomes a failed item with the
 * reason; the import goes on.
 */
@Dependent
@Named("importItemProcessor")
public class ImportItemProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "importJobId")
    String importJobId;

    @EJB
    IntakeService intake;

    @EJB
    ImportSteps steps;

    @Inject
    DocumentRepository documents;

    private ImportJob job;

    @Override
    public Object processItem(Object item) {
        PendingFile file = (PendingFile) item;
        if (job == null) {
            job = steps.job(Long.parseLong(importJobId));
        }
        var earlier = documents.sightingOfImportItem(file.itemId());
        if (earlier.isPresent()) {
            return new ItemOutcome(file.itemId(), earlier.get().duplicate() ? ImportItem.Status.DUPLICATE
                    : ImportItem.Status.IMPORTED, earlier.get().documentId(), null);
        }
        try (InputStream content = file.source().open(file.path())) {
            IntakeReceipt receipt = intake.receive(new Upload(Filename.lastSegment(file.path()), null, content,
                    job.publisher().orElse(null), null, job.startedBy(), Origin.imported(file.itemId(), file.path())));
            return new ItemOutcome(file.itemId(), receipt.duplicate() ? ImportItem.Status.DUPLICATE
                    : ImportItem.Status.IMPORTED, receipt.documentId(), null);
        } catch (UploadRejectedException e) {
            return new ItemOutcome(file.itemId(), ImportItem.Status.FAILED, null, e.getMessage());
        } catch (IOException e) {
            return new ItemOutcome(file.itemId(), ImportItem.Status.FAILED, null,
                    "\"" + file.path() + "\" could not be read: " + e.getMessage());
        }
    }
}
