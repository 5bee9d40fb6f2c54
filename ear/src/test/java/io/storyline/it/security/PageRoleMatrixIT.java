package io.storyline.it.security;

import static io.storyline.it.security.RoleMatrix.fill;
import static io.storyline.it.security.RoleMatrix.fixtures;
import static io.storyline.it.security.RoleMatrix.sessions;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.storyline.it.security.RoleMatrix.Need;
import io.storyline.it.support.Deployments;
import io.storyline.it.support.SharedServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page, with no login and with a user of each role: who gets in and who is turned away (the REST endpoints:
 * {@link ApiRoleMatrixIT}). The pages are the {@code .xhtml} files of the deployed web module, read at run time: a
 * page without a row in the table below fails the test, named, so none can be added without deciding who may open
 * it.
 *
 * <p>Allowed means the request got past security (not a redirect to the login page, not 401 or 403) and did not
 * break (no 5xx). Refused means a redirect to the login page without login, and 403 (the Faces "not allowed" page)
 * with a role too low.
 */
@ExtendWith(SharedServer.class)
class PageRoleMatrixIT {

    private record PageRow(String path, Need need, String query) {}

    /** Every page: path in the web module, who may open it, the query it is opened with. */
    private static final List<PageRow> PAGES = List.of(
            page("/login.xhtml", Need.PUBLIC, ""),
            page("/error/error.xhtml", Need.PUBLIC, ""),
            page("/error/expired.xhtml", Need.PUBLIC, ""),
            page("/error/forbidden.xhtml", Need.PUBLIC, ""),
            page("/error/not-found.xhtml", Need.PUBLIC, ""),
            page("/index.xhtml", Need.READER, ""),
            page("/documents/list.xhtml", Need.READER, ""),
            page("/documents/view.xhtml", Need.READER, "?id={doc}"),
            page("/documents/upload.xhtml", Need.ARCHIVIST, ""),
            page("/entities/list.xhtml", Need.READER, ""),
            page("/entities/view.xhtml", Need.READER, "?id={entity}"),
            page("/search/index.xhtml", Need.READER, "?q=matrix"),
            page("/timeline/index.xhtml", Need.READER, "?q=matrix"),
            page("/timeline/stories.xhtml", Need.READER, ""),
            page("/timeline/story.xhtml", Need.READER, "?id={story}"),
            page("/account/password.xhtml", Need.READER, ""),
            page("/admin/index.xhtml", Need.ADMIN, ""),
            page("/admin/imports.xhtml", Need.ADMIN, ""),
            page("/admin/search.xhtml", Need.ADMIN, ""),
            page("/admin/backups.xhtml", Need.ADMIN, ""),
            page("/admin/users.xhtml", Need.ADMIN, ""),
            page("/admin/system.xhtml", Need.ADMIN, ""),
            page("/admin/audit.xhtml", Need.ADMIN, ""),
            page("/admin/knowledge.xhtml", Need.ADMIN, ""),
            page("/admin/taxonomy.xhtml", Need.ADMIN, ""),
            page("/admin/monitor.xhtml", Need.ADMIN, ""),
            page("/admin/quality.xhtml", Need.ADMIN, ""));

    @Test
    void everyPageOfTheWebModuleHasARowAndEachRoleGetsWhatItsRowSays() {
        Set<String> deployed = deployedPages();
        Map<String, PageRow> rows = PAGES.stream().collect(Collectors.toMap(PageRow::path, r -> r));
        Set<String> missing = new TreeSet<>(deployed);
        missing.removeAll(rows.keySet());
        if (!missing.isEmpty()) {
            fail("Pages without a row in PageRoleMatrixIT.PAGES (say who may open them): " + missing);
        }
        Map<String, String> ids = fixtures();
        Map<Need, Session> sessions = sessions();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (PageRow row : PAGES) {
            if (!deployed.contains(row.path())) {
                continue; // a page announced but not written yet
            }
            String url = fill(row.path() + row.query(), ids);
            for (Map.Entry<Need, Session> as : sessions.entrySet()) {
                HttpResponse<String> answer = as.getValue().get(url);
                String problem = pageProblem(row.need(), as.getKey(), answer);
                if (problem != null) {
                    wrong.add("GET " + url + " as " + as.getKey() + ": " + problem);
                }
                checked++;
            }
        }
        System.out.printf("Role matrix: %d pages x %d subjects = %d checks%n", rows.keySet().stream()
                .filter(deployed::contains).count(), sessions.size(), checked);
        assertTrue(wrong.isEmpty(), "Pages that answer the wrong way:\n" + String.join("\n", wrong));
    }

    private static String pageProblem(Need need, Need subject, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        boolean toLogin = status == 302 && location.contains("/login.xhtml");
        boolean allowed = subject.ordinal() >= need.ordinal();
        if (allowed) {
            if (toLogin || status == 401 || status == 403 || status >= 500) {
                return "expected to be let in, got " + status + " " + location;
            }
            return null;
        }
        if (subject == Need.PUBLIC) {
            return toLogin ? null : "expected a redirect to the login page, got " + status + " " + location;
        }
        if (status != 403 || !answer.body().contains("Your role does not allow this")) {
            return "expected 403 and the \"not allowed\" page, got " + status;
        }
        return null;
    }

    /** The pages of the web module as deployed: its {@code .xhtml} files outside WEB-INF and resources. */
    private static Set<String> deployedPages() {
        WebArchive web = Deployments.ear().getAsType(WebArchive.class, Deployments.WEB_MODULE);
        Set<String> pages = new TreeSet<>();
        for (ArchivePath path : web.getContent().keySet()) {
            String name = path.get();
            if (name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && !name.startsWith("/META-INF/")
                    && !name.startsWith("/resources/")) {
                pages.add(name);
            }
        }
        assertTrue(pages.contains("/login.xhtml"), "the web module's pages were found: " + pages);
        return pages;
    }

    private static PageRow page(String path, Need need, String query) {
        return new PageRow(path, need, query);
    }
}
