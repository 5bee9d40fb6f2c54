package io.storyline.web.entities.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.EntityDetail;
import io.storyline.analysis.results.EntityEvent;
import io.storyline.analysis.results.MentionInContext;
import io.storyline.analysis.results.RelatedEntity;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One entity's page: its names and counts, a page of its mentions in context, related entities, its events. */
@Named
@ViewScoped
public class EntityViewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MENTIONS = 10;
    private static final int RELATED = 15;
    private static final int EVENTS = 25;

    @EJB
    transient AnalysisResults results;

    private Long id;
    private int mentionPage;
    private transient EntityDetail detail;
    private transient Page<MentionInContext> mentions;
    private transient List<RelatedEntity> related;
    private transient Page<EntityEvent> events;

    /** Reads the entity the page's {@code id} names; a merged entity sends the reader to the one it became. */
    public String load() {
        if (id == null) {
            Messages.error("Which entity? Open one from the list of entities.");
            return null;
        }
        try {
            detail = results.entity(id);
            Long survivor = detail.entity().mergedInto().orElse(null);
            if (survivor != null && !survivor.equals(id)) {
                return "/entities/view?faces-redirect=true&id=" + survivor;
            }
            mentions = results.entityMentions(id, new PageRequest(0, MENTIONS));
            related = results.relatedEntities(id, RELATED);
            events = results.entityEvents(id, new PageRequest(0, EVENTS));
        } catch (AnalysisProblem e) {
            detail = null;
            Messages.error(e.getMessage());
        }
        return null;
    }

    public void nextMentions() {
        showMentions(mentionPage + 1);
    }

    public void previousMentions() {
        showMentions(Math.max(0, mentionPage - 1));
    }

    private void showMentions(int page) {
        mentionPage = page;
        mentions = results.entityMentions(id, new PageRequest(page, MENTIONS));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EntityDetail getDetail() {
        return detail;
    }

    public Page<MentionInContext> getMentions() {
        return mentions;
    }

    /** The first mention shown, counted from 1. */
    public int getFirstMention() {
        return mentionPage * MENTIONS + 1;
    }

    public boolean isMoreMentions() {
        return mentions != null && (long) (mentionPage + 1) * MENTIONS < mentions.total();
    }

    public boolean isEarlierMentions() {
        return mentionPage > 0;
    }

    public List<RelatedEntity> getRelated() {
        return related;
    }

    public Page<EntityEvent> getEvents() {
        return events;
    }

    /** How many events the page leaves out; the timeline shows them all. */
    public long getMoreEvents() {
        return events == null ? 0 : Math.max(0, events.total() - events.items().size());
    }
}
