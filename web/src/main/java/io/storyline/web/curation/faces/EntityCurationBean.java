package io.storyline.web.curation.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.Curation;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.entity.EntityRepository.EntityCount;
import io.storyline.domain.entity.EntityType;
import io.storyline.web.entities.EntityActions;
import io.storyline.web.entities.faces.EntityViewBean;
import io.storyline.web.layout.Messages;
import io.storyline.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An editor's corrections on an entity's page: merge it into another, split some of its names off, add or remove
 * a name it goes by, say a name is never an entity. Each is a decision, kept and re-applied.
 */
@Named
@ViewScoped
public class EntityCurationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Curation curation;

    @EJB
    transient AnalysisResults results;

    @Inject
    EntityViewBean page;

    @Inject
    transient SecurityContext security;

    @EJB
    transient EntityActions actions;

    private String mergeInto;
    private List<String> splitNames = new ArrayList<>();
    private String newName;
    private EntityType newType;
    private String alias;
    private String neverText;
    private String reason;

    public boolean isEditor() {
        return security.isCallerInRole(Roles.EDITOR);
    }

    /** Entities to merge into, as "Name · TYPE · #id", most mentioned first. */
    public List<String> completeEntity(String query) {
        return choices(results, query, entityId());
    }

    /** Entities whose name holds {@code query}, as "Name · TYPE · #id", most mentioned first; not {@code except}. */
    static List<String> choices(AnalysisResults results, String query, Long except) {
        if (query == null || query.isBlank() || query.length() > 200) {
            return List.of();
        }
        return results.entities(query.strip(), null, new PageRequest(0, 10)).items().stream()
                .map(EntityCount::entity)
                .filter(e -> !e.id().equals(except))
                .map(e -> e.name() + " · " + e.type().name() + " · #" + e.id())
                .toList();
    }

    /** Every name the entity goes by, its own first: what a split can take off. */
    public List<String> getNames() {
        if (page.getDetail() == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(page.getDetail().entity().name());
        names.addAll(page.getDetail().aliases());
        return List.copyOf(names);
    }

    public EntityType[] getTypes() {
        return EntityType.values();
    }

    public String merge() {
        Long into = idIn(mergeInto);
        if (into == null) {
            Messages.error("Choose the entity to merge into from the suggestions.");
            return null;
        }
        return act(() -> {
            Decision d = actions.merge(entityId(), into, reason);
            Messages.info("Merged: every mention now points to entity " + d.targetEntityId().orElse(into) + ".");
            return "/entities/view?faces-redirect=true&id=" + d.targetEntityId().orElse(into);
        });
    }

    public String split() {
        if (splitNames == null || splitNames.isEmpty()) {
            Messages.error("Tick the names to split off.");
            return null;
        }
        return act(() -> {
            Decision d = actions.split(entityId(), splitNames, newName, newType, reason);
            Messages.info("Split off " + String.join(", ", splitNames) + " into " + d.textValue().orElse("a new entity")
                    + ".");
            return "/entities/view?faces-redirect=true&id=" + d.targetEntityId().orElseThrow();
        });
    }

    public String addAlias() {
        return act(() -> {
            actions.addAlias(entityId(), alias, reason);
            Messages.info("\u201c" + alias + "\u201d now names this entity in documents analysed from now on.");
            alias = null;
            return reload();
        });
    }

    public String removeAlias(String name) {
        return act(() -> {
            actions.removeAlias(entityId(), name, reason);
            Messages.info("\u201c" + name + "\u201d no longer names this entity.");
            return reload();
        });
    }

    public String neverEntity() {
        return act(() -> {
            actions.neverEntity(neverText, reason);
            Messages.info("\u201c" + neverText + "\u201d is never an entity, from the next analysis of each document"
                    + " on.");
            neverText = null;
            return null;
        });
    }

    /** The merges, splits and alias changes people made here. */
    public List<Decision> getHistory() {
        return entityId() == null ? List.of() : curation.history(entityId());
    }

    private String act(Action action) {
        if (entityId() == null) {
            return null;
        }
        try {
            return action.run();
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    private String reload() {
        return "/entities/view?faces-redirect=true&id=" + entityId();
    }

    private Long entityId() {
        return page.getId();
    }

    /** The id at the end of "Name · TYPE · #id", or a bare number. */
    static Long idIn(String choice) {
        if (choice == null) {
            return null;
        }
        String s = choice.strip();
        int hash = s.lastIndexOf('#');
        String digits = hash >= 0 ? s.substring(hash + 1) : s;
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }

    @FunctionalInterface
    private interface Action {
        String run();
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public List<String> getSplitNames() {
        return splitNames;
    }

    public void setSplitNames(List<String> splitNames) {
        this.splitNames = splitNames;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public EntityType getNewType() {
        return newType;
    }

    public void setNewType(EntityType newType) {
        this.newType = newType;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getNeverText() {
        return neverText;
    }

    public void setNeverText(String neverText) {
        this.neverText = neverText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
