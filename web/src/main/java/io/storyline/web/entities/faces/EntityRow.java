package io.storyline.web.entities.faces;

import io.storyline.domain.entity.EntityRepository.EntityCount;
import java.io.Serializable;

/** One line of the entities table; a read-only view model with getters, as Faces EL needs. */
public final class EntityRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String type;
    private final long mentions;
    private final long documents;

    EntityRow(EntityCount c) {
        this.id = c.entity().id();
        this.name = c.entity().name();
        this.type = c.entity().type().name();
        this.mentions = c.mentions();
        this.documents = c.documents();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public long getMentions() {
        return mentions;
    }

    public long getDocuments() {
        return documents;
    }
}
