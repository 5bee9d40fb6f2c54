package io.storyline.web.audit.faces;

import io.storyline.domain.audit.AuditEntry;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.audit.AuditLog;
import io.storyline.web.audit.AuditParams;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;

/**
 * The audit log page. Its state is its URL (a filtered view can be bookmarked): the bean reads the request's
 * parameters, asks the log for one page, newest first, and offers links for the pages and the CSV export.
 * (Under /admin: ADMIN only by web.xml; checked here too.)
 */
@Named
@RequestScoped
public class AuditLogBean {

    @EJB
    AuditLog log;

    @Inject
    SecurityContext security;

    private AuditParams params;
    private Page<AuditRow> entries;
    private PageRequest pageRequest;
    private String problem;

    private AuditParams params() {
        if (params == null) {
            params = AuditParams.of(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterValuesMap());
        }
        return params;
    }

    /** The page of entries, or null when the filters cannot be read (then {@link #getProblem()} says why). */
    public Page<AuditRow> getEntries() {
        if (entries == null && problem == null) {
            if (!security.isCallerInRole(Roles.ADMIN)) {
                problem = "Only admins read the audit log.";
                return null;
            }
            try {
                pageRequest = params().pageRequest();
                Page<AuditEntry> found = log.search(params().filter(), pageRequest);
                entries = found.map(AuditRow::new);
            } catch (InvalidRequestException e) {
                problem = e.forPeople();
            }
        }
        return entries;
    }

    public String getProblem() {
        getEntries();
        return problem;
    }

    public String getQ() {
        return params().q();
    }

    public String getUser() {
        return params().user();
    }

    public String getAction() {
        return params().action();
    }

    public String getFrom() {
        return params().from();
    }

    public String getTo() {
        return params().to();
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    }

    public int getPage() {
        getEntries();
        return pageRequest == null ? 0 : pageRequest.page();
    }

    public int getPages() {
        Page<AuditRow> page = getEntries();
        if (page == null || pageRequest == null) {
            return 0;
        }
        return (int) Math.max(1, (page.total() + pageRequest.size() - 1) / pageRequest.size());
    }

    public long getFirst() {
        getEntries();
        return pageRequest == null ? 1 : (long) pageRequest.page() * pageRequest.size() + 1;
    }

    /** The query string of another page of this view. */
    public String pageLink(int page) {
        return params().onPage(page).queryString();
    }

    /** The query string of the export of what this view filters. */
    public String getExportQuery() {
        return params().filtersOnly().queryString();
    }
}
