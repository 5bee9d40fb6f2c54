package io.storyline.web.entities.faces;

import io.storyline.analysis.results.AnalysisResults;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.entity.EntityRepository.Order;
import io.storyline.domain.entity.EntityType;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the entities table one page at a time; the filter and the order come from the page's fields. */
public class EntityLazyModel extends LazyDataModel<EntityRow> {

    private static final long serialVersionUID = 1L;

    private final transient AnalysisResults results;
    private final Supplier<Filter> filter;

    EntityLazyModel(AnalysisResults results, Supplier<Filter> filter) {
        this.results = results;
        this.filter = filter;
    }

    /** Counted through the list by name, which counts only one page's mentions; the total is the same. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Filter f = filter.get();
        return (int) Math.min(Integer.MAX_VALUE, results.entities(f.query(), f.type(), Order.NAME,
                new PageRequest(0, 1)).total());
    }

    @Override
    public List<EntityRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Filter f = filter.get();
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<EntityRow> page = results.entities(f.query(), f.type(), f.order(), new PageRequest(first / size, size))
                .map(EntityRow::new);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(EntityRow row) {
        return String.valueOf(row.getId());
    }

    /** What the page's fields ask for. */
    record Filter(String query, EntityType type, Order order) {
    }
}
