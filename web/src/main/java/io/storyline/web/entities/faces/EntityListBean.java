package io.storyline.web.entities.faces;

import io.storyline.analysis.results.AnalysisResults;
import io.storyline.domain.entity.EntityRepository.Order;
import io.storyline.domain.entity.EntityType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The entities page: the table, filtered by a part of the name and a type, most mentioned first or by name. */
@Named
@ViewScoped
public class EntityListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AnalysisResults results;

    private String q;
    private EntityType type;
    private Order order = Order.MENTIONS;
    private EntityLazyModel entities;

    @PostConstruct
    void init() {
        entities = new EntityLazyModel(results, () -> new EntityLazyModel.Filter(q, type, order));
    }

    public EntityLazyModel getEntities() {
        return entities;
    }

    public List<EntityType> getTypes() {
        return List.of(EntityType.values());
    }

    public List<Order> getOrders() {
        return List.of(Order.values());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public EntityType getType() {
        return type;
    }

    public void setType(EntityType type) {
        this.type = type;
    }

    public Order getOrder() {
        return order;
    }

    public void setOrder(Order order) {
        this.order = order == null ? Order.MENTIONS : order;
    }
}
