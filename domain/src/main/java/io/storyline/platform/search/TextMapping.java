package io.storyline.platform.search;

import io.storyline.domain.document.DocumentText;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * How the documents' text is indexed, declared here rather than on the domain's entity (which knows nothing of the
 * index): full text, projectable and highlightable, embedded in each {@link SearchRecord} as {@value SearchRecord#TEXT}.
 * The persistence unit names this class ({@code hibernate.search.mapping.configurer}).
 */
public class TextMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.programmaticMapping().type(DocumentText.class).property("content").fullTextField()
                .projectable(Projectable.YES).highlightable(List.of(Highlightable.PLAIN, Highlightable.UNIFIED));
    }
}
