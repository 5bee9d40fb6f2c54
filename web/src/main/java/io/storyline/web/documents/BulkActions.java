package io.storyline.web.documents;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.processing.AnalysisControl;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.catalog.InvalidMetadataException;
import io.storyline.ingestion.catalog.Tagging;
import io.storyline.ingestion.pipeline.NotRetryableException;
import io.storyline.ingestion.pipeline.PipelineControl;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Actions on many selected documents at once (the documents table and {@code POST /api/documents/bulk}): add tags,
 * retry failed ones, analyse again. One document's refusal never stops the others; each gets its own outcome (so
 * each document's change is a transaction of its own, not one for all). Each action checks its role and is audited
 * once for the selection, from the page and the API alike.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkActions {

    /** What can be done to a selection. */
    public enum Action {
        TAG, RETRY, REANALYZE;

        /** The action named {@code tag}, {@code retry} or {@code reanalyze}, in any case. */
        public static Action parse(String name) {
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return a;
                }
            }
            throw new InvalidMetadataException("Unknown action \"" + name + "\"; use tag, retry or reanalyze.");
        }
    }

    /** What became of one document: {@code DONE}, {@code UNCHANGED}, {@code NOT_FOUND} or {@code REFUSED}. */
    public record Outcome(long id, String outcome, String detail) {

        public boolean done() {
            return "DONE".equals(outcome);
        }
    }

    @EJB
    DocumentCatalog catalog;

    @EJB
    PipelineControl pipeline;

    @EJB
    AnalysisControl analysis;

    @Inject
    Audit audit;

    @RolesAllowed(Roles.ARCHIVIST)
    public List<Outcome> tag(Collection<Long> ids, List<String> names, String user) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Tagging t : catalog.tag(distinct(ids), names, user)) {
            if (!t.found()) {
                outcomes.add(new Outcome(t.documentId(), "NOT_FOUND", "There is no document " + t.documentId() + "."));
            } else if (t.added().isEmpty()) {
                outcomes.add(new Outcome(t.documentId(), "UNCHANGED", "It had these tags already."));
            } else {
                outcomes.add(new Outcome(t.documentId(), "DONE", "Tagged " + String.join(", ", t.added()) + "."));
            }
        }
        audit.record(AuditAction.TAG, subject(outcomes), "bulk: " + String.join(", ", names) + "; "
                + summary(Action.TAG, outcomes));
        return outcomes;
    }

    @RolesAllowed(Roles.ARCHIVIST)
    public List<Outcome> retry(Collection<Long> ids, String user) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : distinct(ids)) {
            try {
                pipeline.retry(id, user);
                outcomes.add(new Outcome(id, "DONE", "Goes through the pipeline again."));
            } catch (DocumentNotFoundException e) {
                outcomes.add(new Outcome(id, "NOT_FOUND", e.getMessage()));
            } catch (NotRetryableException e) {
                outcomes.add(new Outcome(id, "REFUSED", e.getMessage()));
            }
        }
        audit.record(AuditAction.RETRY, subject(outcomes), "bulk; " + summary(Action.RETRY, outcomes));
        return outcomes;
    }

    @RolesAllowed(Roles.EDITOR)
    public List<Outcome> reanalyze(Collection<Long> ids, String user) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : distinct(ids)) {
            try {
                analysis.reanalyze(id, user);
                outcomes.add(new Outcome(id, "DONE", "Will be analysed again."));
            } catch (AnalysisProblem e) {
                outcomes.add(new Outcome(id, e.kind() == AnalysisProblem.Kind.NOT_FOUND ? "NOT_FOUND" : "REFUSED",
                        e.getMessage()));
            }
        }
        audit.record(AuditAction.REANALYZE, subject(outcomes), "bulk; " + summary(Action.REANALYZE, outcomes));
        return outcomes;
    }

    /** A sentence for a person: how many were done, and why the others were not. */
    public static String summary(Action action, List<Outcome> outcomes) {
        long done = outcomes.stream().filter(Outcome::done).count();
        String verb = switch (action) {
            case TAG -> "tagged";
            case RETRY -> "sent through the pipeline again";
            case REANALYZE -> "sent to analysis again";
        };
        StringBuilder text = new StringBuilder(done + " of " + outcomes.size() + " document(s) " + verb + ".");
        outcomes.stream().filter(o -> !o.done()).limit(5)
                .forEach(o -> text.append(' ').append(o.id()).append(": ").append(o.detail()));
        if (outcomes.stream().filter(o -> !o.done()).count() > 5) {
            text.append(" …");
        }
        return text.toString();
    }

    /** For the audit log: which documents, the first ones by number. */
    static String subject(List<Outcome> outcomes) {
        String ids = outcomes.stream().limit(20).map(o -> String.valueOf(o.id()))
                .collect(java.util.stream.Collectors.joining(", "));
        return "documents " + ids + (outcomes.size() > 20 ? " … (" + outcomes.size() + ")" : "");
    }

    private static List<Long> distinct(Collection<Long> ids) {
        List<Long> distinct = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidMetadataException("Select at least one document.");
        }
        if (distinct.size() > DocumentCatalog.MAX_BULK) {
            throw new InvalidMetadataException(String.format(Locale.ROOT,
                    "At most %,d documents at once, not %,d; send them in parts.", DocumentCatalog.MAX_BULK,
                    distinct.size()));
        }
        return distinct;
    }
}
