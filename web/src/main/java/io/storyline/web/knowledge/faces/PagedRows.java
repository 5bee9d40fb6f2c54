package io.storyline.web.knowledge.faces;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds a table one page at a time from the server; the search and type come from the page's fields. */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads a page of rows. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest page);
    }

    private final Loader<T> loader;
    private final SerializableKey<T> key;

    /** The row key. */
    @FunctionalInterface
    public interface SerializableKey<T> extends ToLongFunction<T>, Serializable {
    }

    public PagedRows(Loader<T> loader, SerializableKey<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, loader.load(new PageRequest(0, 1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = loader.load(new PageRequest(first / size, size));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.applyAsLong(row));
    }
}
