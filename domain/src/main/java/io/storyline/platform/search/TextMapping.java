package io.storyline.platform.search;

import io.storyline.domain.document.DocumentText;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * How the documents' text is indexed, declared here rather than on the domain's entity (which knows nothing of the
 * index): full text with English stemming, projectable and highlightable, embedded in each {@link SearchRecord} as
 * {@value SearchRecord#TEXT}, and again as written ({@value SearchRecord#TEXT_EXACT}).
 * The persistence unit names this class ({@code hibernate.search.mapping.configurer}).
 */
public class TextMapping implements HibernateOrmSearchMappingConfigurer {

    /** The text as written (no stemming), embedded as {@value SearchRecord#TEXT_EXACT}. */
    static final String EXACT_FIELD = "exact";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var content = context.programmaticMapping().type(DocumentText.class).property("content");
        content.fullTextField().analyzer(SearchAnalysers.ENGLISH)
                .projectable(Projectable.YES).highlightable(List.of(Highlightable.PLAIN, Highlightable.UNIFIED));
        content.fullTextField(EXACT_FIELD).analyzer(SearchAnalysers.EXACT)
                .highlightable(List.of(Highlightable.PLAIN, Highlightable.UNIFIED));
    }
}
