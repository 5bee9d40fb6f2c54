package io.storyline.web.curation.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.results.DecisionRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.web.documents.DocumentActions;
import io.storyline.web.documents.faces.DocumentPageBean;
import io.storyline.web.layout.Messages;
import io.storyline.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;

/**
 * An editor corrects a document's publication date on its page: a decision like the others (who, when, why,
 * audited), after which the document is analysed again and its relative dates are read from the new date.
 */
@Named
@ViewScoped
public class PublicationDateBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DocumentActions actions;

    @Inject
    DocumentPageBean page;

    @Inject
    transient SecurityContext security;

    private String date;
    private String reason;

    public boolean isEditor() {
        return security.isCallerInRole(Roles.EDITOR);
    }

    public void correct() {
        if (date == null || date.isBlank()) {
            Messages.error("Give the publication date as on a calendar, for example 2024-05-01.");
            return;
        }
        try {
            Decision d = actions.decide(page.getDocumentId(), new DecisionRequest("DATE_DOCUMENT", null, null, null,
                    null, date.strip(), reason, null, null, null, null, null));
            Messages.info("Saved: publication date " + d.dateValue().orElse("")
                    + ". The document is being analysed again from it.");
            date = null;
            reason = null;
            page.refresh();
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
