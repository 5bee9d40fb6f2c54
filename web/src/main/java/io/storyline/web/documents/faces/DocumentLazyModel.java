package io.storyline.web.documents.faces;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.ingestion.catalog.DocumentCatalog;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the documents table one page at a time from the catalog; the filter comes from the page's fields. */
public class DocumentLazyModel extends LazyDataModel<DocumentRow> {

    private static final long serialVersionUID = 1L;

    private final transient DocumentCatalog catalog;
    private final Supplier<DocumentFilter> filter;

    DocumentLazyModel(DocumentCatalog catalog, Supplier<DocumentFilter> filter) {
        this.catalog = catalog;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, catalog.list(filter.get(), new PageRequest(0, 1)).total());
    }

    @Override
    public List<DocumentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<DocumentRow> page = catalog.list(filter.get(), new PageRequest(first / size, size)).map(DocumentRow::new);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(DocumentRow row) {
        return String.valueOf(row.getId());
    }
}
