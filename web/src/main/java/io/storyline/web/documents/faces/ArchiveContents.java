package io.storyline.web.documents.faces;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.ingestion.catalog.DocumentCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of the upload page's archives: each archive's documents are listed under it (the first
 * {@value #LISTED}; an archive of thousands is followed on the documents page) with their own statuses, and the
 * archive's row counts them all.
 */
final class ArchiveContents {

    static final int LISTED = 200;

    private ArchiveContents() {
    }

    /** Lists the documents newly found inside the batch's archives under them and counts every archive's files. */
    static void follow(DocumentCatalog catalog, List<UploadOutcome> outcomes) {
        Set<Long> listed = new HashSet<>();
        outcomes.forEach(o -> listed.add(o.getDocumentId()));
        for (int i = 0; i < outcomes.size(); i++) {
            UploadOutcome archive = outcomes.get(i);
            if (!archive.isArchive() || !archive.isMoving()) {
                continue;
            }
            long id = archive.getDocumentId();
            DocumentFilter inside = DocumentFilter.any().withParent(id);
            Page<Document> found = catalog.list(inside, new PageRequest(0, LISTED));
            int at = i + 1;
            while (at < outcomes.size() && Long.valueOf(id).equals(outcomes.get(at).getArchiveId())) {
                at++;
            }
            for (Document child : found.items()) {
                if (listed.add(child.id())) {
                    outcomes.add(at++, UploadOutcome.inside(child.id(), child.filename(), child.status().name(),
                            archive.getFilename(), id));
                }
            }
            archive.count(found.total(), count(catalog, inside.withStatus(DocumentStatus.ANALYZED)),
                    count(catalog, inside.withStatus(DocumentStatus.FAILED)));
        }
    }

    private static long count(DocumentCatalog catalog, DocumentFilter filter) {
        return catalog.list(filter, new PageRequest(0, 1)).total();
    }
}
