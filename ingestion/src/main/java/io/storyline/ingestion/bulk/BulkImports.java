package io.storyline.ingestion.bulk;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.imports.ImportItem;
import io.storyline.domain.imports.ImportJob;
import java.util.List;

/** Starts, watches, stops and resumes bulk imports. */
public interface BulkImports {

    /**
     * Starts importing a folder or a ZIP on the server.
     *
     * @param source    a path inside one of {@code storyline.import.roots} (relative paths are taken from the first)
     * @param publisher optional: the publisher of every file
     * @throws ImportRejectedException when the source is outside the allowed folders, missing or unreadable
     */
    ImportJob start(String source, String publisher, String user);

    /** Newest first. */
    List<ImportJob> list();

    /** @throws ImportNotFoundException when there is no such import */
    ImportJob get(long id);

    /** The files of an import, of one status or all ({@code null}). */
    Page<ImportItem> items(long id, ImportItem.Status status, PageRequest page);

    /** Stops a running import after the files in hand; it can be resumed. */
    ImportJob stop(long id, String user);

    /** Resumes a stopped or interrupted import where it stopped. */
    ImportJob resume(long id, String user);

    /** The folders imports may read from. */
    List<String> roots();
}
