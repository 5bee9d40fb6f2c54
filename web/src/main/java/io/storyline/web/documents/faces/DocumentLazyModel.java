package io.storyline.web.documents.faces;

import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentSort;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the documents table one page at a time from the catalog; the filter and the order come from the page's
 * fields. A request costs one count, one page query and one query for the page's tags.
 */
public class DocumentLazyModel extends LazyDataModel<DocumentRow> {

    private static final long serialVersionUID = 1L;

    private final transient DocumentCatalog catalog;
    private final Supplier<DocumentFilter> filter;
    private final Supplier<DocumentSort> sort;

    DocumentLazyModel(DocumentCatalog catalog, Supplier<DocumentFilter> filter, Supplier<DocumentSort> sort) {
        this.catalog = catalog;
        this.filter = filter;
        this.sort = sort;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, catalog.count(filter.get()));
    }

    @Override
    public List<DocumentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        List<Document> page = catalog.page(filter.get(), sort.get(), new PageRequest(first / size, size));
        Map<Long, List<String>> tags = catalog.tagNames(page.stream().map(Document::id).toList());
        return page.stream().map(d -> new DocumentRow(d, tags.getOrDefault(d.id(), List.of()))).toList();
    }

    /** The selected row of a key: from the page shown, else read again (a row selected on another page). */
    @Override
    public DocumentRow getRowData(String rowKey) {
        long id;
        try {
            id = Long.parseLong(rowKey);
        } catch (NumberFormatException e) {
            return null;
        }
        List<DocumentRow> rows = getWrappedData();
        if (rows != null) {
            for (DocumentRow row : rows) {
                if (row.getId() == id) {
                    return row;
                }
            }
        }
        try {
            return new DocumentRow(catalog.get(id), catalog.tagNames(List.of(id)).getOrDefault(id, List.of()));
        } catch (DocumentNotFoundException e) {
            return null;
        }
    }

    @Override
    public String getRowKey(DocumentRow row) {
        return String.valueOf(row.getId());
    }
}
