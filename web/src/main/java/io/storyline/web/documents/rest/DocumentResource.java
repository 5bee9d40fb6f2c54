package io.storyline.web.documents.rest;

import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.DecisionRequest;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.document.Channel;
import io.storyline.domain.document.Document;
import io.storyline.domain.tag.TagName;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.ingestion.pipeline.PipelineControl;
import io.storyline.web.documents.BulkActions;
import io.storyline.web.documents.DocumentActions;
import io.storyline.web.documents.rest.AnalysisJson.DecisionJson;
import io.storyline.web.documents.rest.AnalysisJson.EventJson;
import io.storyline.web.documents.rest.AnalysisJson.MentionJson;
import io.storyline.web.documents.rest.AnalysisJson.TimeJson;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** {@code /api/documents}: put files into the archive, read what it holds, retry failures, correct metadata. */
@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @EJB
    IntakeService intake;

    @EJB
    DocumentCatalog catalog;

    @EJB
    PipelineControl pipeline;

    @EJB
    AnalysisResults analysis;

    @EJB
    BulkActions bulk;

    @EJB
    DocumentActions actions;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /**
     * Takes one or more files (parts named {@code file}) with optional {@code publishedAt}, {@code source} and
     * {@code tags} (comma-separated; put on every document of the request, duplicates included, after its
     * original is stored). Answers 202 with one receipt per file; if every file was refused, answers with the first
     * refusal. Tag names that break the rules refuse the whole request (400) before anything is stored.
     *
     * <p>The form is read by the servlet container (as the upload page's is): its parts spool to the server's
     * temporary folder past 1 MiB and every part is deleted once handled, taken in or refused.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ARCHIVIST)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA))
    public Response upload(@Context HttpServletRequest request) throws IOException {
        Collection<Part> parts = FormParts.of(request);
        try {
            return receive(parts);
        } finally {
            FormParts.delete(parts);
        }
    }

    private Response receive(Collection<Part> parts) throws IOException {
        String publishedAt = FormParts.field(parts, "publishedAt");
        String source = FormParts.field(parts, "source");
        List<String> tags = tagList(FormParts.field(parts, "tags"));
        List<Part> files = parts.stream().filter(p -> "file".equals(p.getName())).toList();
        if (files.isEmpty()) {
            throw new InvalidRequestException("Send the files as multipart/form-data parts named \"file\".");
        }
        String user = security.getUserPrincipal().getName();
        List<ReceiptJson> receipts = new ArrayList<>();
        UploadRejectedException firstRefusal = null;
        for (Part file : files) {
            String filename = file.getSubmittedFileName();
            IntakeReceipt receipt;
            try (InputStream content = file.getInputStream()) {
                // The original is stored and registered; the tags follow, on a new document and a duplicate alike.
                receipt = actions.upload(new Upload(filename, file.getContentType(), content, source, publishedAt,
                        user, Origin.of(Channel.API)), tags, "API");
            } catch (UploadRejectedException e) {
                firstRefusal = firstRefusal == null ? e : firstRefusal;
                receipts.add(ReceiptJson.rejected(filename, e));
                continue;
            }
            receipts.add(ReceiptJson.of(receipt));
        }
        Optional<ReceiptJson> firstAccepted = receipts.stream().filter(r -> r.id() != null).findFirst();
        if (firstAccepted.isEmpty()) {
            throw firstRefusal;
        }
        return Response.accepted(receipts)
                .location(uriInfo.getBaseUriBuilder().path("documents").path(String.valueOf(firstAccepted.get().id())).build())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** A page of documents, newest first unless {@code sort} says otherwise, narrowed by the filter parameters. */
    @GET
    @RolesAllowed(Roles.READER)
    public DocumentPageJson list(@BeanParam DocumentQuery query,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<Document> found = catalog.list(query.filter(), query.sort(),
                RequestValues.page(page, size, 20, PageRequest.MAX_SIZE));
        Map<Long, List<String>> tags = catalog.tagNames(found.items().stream().map(Document::id).toList());
        return new DocumentPageJson(found.items().stream()
                .map(d -> DocumentJson.brief(d, tags.getOrDefault(d.id(), List.of()))).toList(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public DocumentJson get(@PathParam("id") long id) {
        return whole(id);
    }

    /** The exact bytes uploaded, as an attachment: never rendered by the browser inside our pages. */
    @GET
    @Path("/{id}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.READER)
    public Response original(@PathParam("id") long id) {
        Document document = actions.downloadOriginal(id);
        StreamingOutput body = out -> {
            try (InputStream in = catalog.openOriginal(id)) {
                in.transferTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        String mediaType = document.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : document.mediaType();
        return Response.ok(body, mediaType)
                .header("Content-Disposition", contentDisposition(document.filename()))
                .header("Content-Length", document.size())
                .build();
    }

    /** The extracted text; character offsets everywhere refer to it. */
    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @RolesAllowed(Roles.READER)
    public String text(@PathParam("id") long id) {
        return catalog.text(id);
    }

    @GET
    @Path("/{id}/sightings")
    @RolesAllowed(Roles.READER)
    public List<SightingJson> sightings(@PathParam("id") long id) {
        return catalog.sightings(id).stream().map(SightingJson::of).toList();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.READER)
    public List<HistoryJson> history(@PathParam("id") long id) {
        return catalog.history(id).stream().map(HistoryJson::of).toList();
    }

    /** Sends a failed document through the pipeline again. */
    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.ARCHIVIST)
    public Response retry(@PathParam("id") long id) {
        actions.retry(id, null);
        return Response.accepted(brief(id)).build();
    }

    /** Sends every failed document the filter matches through the pipeline again: {@code {"retried": n}}. */
    @POST
    @Path("/retry")
    @RolesAllowed(Roles.ARCHIVIST)
    public Response retryAll(@BeanParam DocumentQuery query) {
        int retried = actions.retryAll(query.filter(), filterDetail());
        return Response.accepted(Map.of("retried", retried)).build();
    }

    /**
     * Reads again every extracted, analysed or failed document the filter matches: {@code {"reextracted": n}}.
     * For admins (after an upgrade of the readers, say); what people decided stays.
     */
    @POST
    @Path("/reextract")
    @RolesAllowed(Roles.ADMIN)
    public Response reextractAll(@BeanParam DocumentQuery query) {
        int count = actions.reextractAll(query.filter(), filterDetail());
        return Response.accepted(Map.of("reextracted", count)).build();
    }

    /** The document's entity mentions, each with its canonical entity (API.md). */
    @GET
    @Path("/{id}/entities")
    @RolesAllowed(Roles.READER)
    public List<MentionJson> entities(@PathParam("id") long id) {
        return analysis.mentions(id).stream().map(MentionJson::of).toList();
    }

    /** The document's time expressions with their TIMEX3 values, resolved against its publication date. */
    @GET
    @Path("/{id}/times")
    @RolesAllowed(Roles.READER)
    public List<TimeJson> times(@PathParam("id") long id) {
        return analysis.times(id).stream().map(TimeJson::of).toList();
    }

    /** The document's events: type, participants and roles, place, date and how it was found, evidence. */
    @GET
    @Path("/{id}/events")
    @RolesAllowed(Roles.READER)
    public List<EventJson> events(@PathParam("id") long id) {
        return analysis.events(id).stream().map(EventJson::of).toList();
    }

    /** What people decided about the document's mentions and events, superseded decisions included. */
    @GET
    @Path("/{id}/decisions")
    @RolesAllowed(Roles.READER)
    public List<DecisionJson> decisions(@PathParam("id") long id) {
        return analysis.decisions(id).stream().map(DecisionJson::of).toList();
    }

    /**
     * Records an editor's decision about a mention or an event; the document is analysed again with it, and every
     * later analysis re-applies it. Answers 202 with the decision.
     */
    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response decide(@PathParam("id") long id, DecisionRequest request) {
        Decision decision = actions.decide(id, request);
        return Response.accepted(DecisionJson.of(decision))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Analyses the document again (after aliases, the gazetteer or the taxonomy changed). */
    @POST
    @Path("/{id}/reanalyze")
    @RolesAllowed(Roles.EDITOR)
    public Response reanalyze(@PathParam("id") long id) {
        actions.reanalyze(id);
        return Response.accepted(brief(id)).build();
    }

    /** Analyses again every document the filter matches that has text: {@code {"reanalyzed": n}}. */
    @POST
    @Path("/reanalyze")
    @RolesAllowed(Roles.EDITOR)
    public Response reanalyzeAll(@BeanParam DocumentQuery query) {
        int count = actions.reanalyzeAll(query.filter(), filterDetail());
        return Response.accepted(Map.of("reanalyzed", count)).build();
    }

    /** Sets the language by hand: {@code {"language": "ar"}}. Extraction will not change it again. */
    @PUT
    @Path("/{id}/language")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ARCHIVIST)
    public DocumentJson setLanguage(@PathParam("id") long id, @NotNull(message = LanguageJson.SHAPE) @Valid LanguageJson language) {
        actions.setLanguage(id, language.language());
        return whole(id);
    }

    /**
     * One action on many documents (at most 1,000): {@code tag} (with {@code tags}) and {@code retry} for
     * archivists, {@code reanalyze} for editors, as on one document. Each document gets its own outcome.
     */
    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ARCHIVIST)
    public BulkJson.ResultJson bulk(@NotNull(message = BulkJson.SHAPE) BulkJson request) {
        BulkActions.Action action = BulkActions.Action.parse(request.action());
        String user = security.getUserPrincipal().getName();
        List<BulkActions.Outcome> outcomes = switch (action) {
            case TAG -> bulk.tag(request.ids(), request.tags(), user);
            case RETRY -> bulk.retry(request.ids(), user);
            case REANALYZE -> bulk.reanalyze(request.ids(), user);
        };
        return BulkJson.ResultJson.of(action, outcomes);
    }

    /** For the audit log: the filter of a bulk request, its query string. */
    private String filterDetail() {
        String query = uriInfo.getRequestUri().getRawQuery();
        return query == null ? "none" : query;
    }

    private DocumentJson whole(long id) {
        return DocumentJson.whole(catalog.get(id), catalog.nearDuplicates(id), tagNames(id));
    }

    private DocumentJson brief(long id) {
        return DocumentJson.brief(catalog.get(id), tagNames(id));
    }

    private List<String> tagNames(long id) {
        return catalog.tagNames(List.of(id)).getOrDefault(id, List.of());
    }

    /** The canonical names of a comma-separated list; 400 saying which name breaks which rule. */
    static List<String> tagList(String commaSeparated) {
        try {
            return TagName.parseList(commaSeparated);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new InvalidRequestException("Tags: " + message + ".");
        }
    }

    /** The body of {@code PUT /{id}/language}. */
    public record LanguageJson(@NotNull(message = LanguageJson.SHAPE) String language) {

        static final String SHAPE = "Send \\{\"language\": \"en\"\\} with an ISO 639 code.";
    }

    /** RFC 6266 with an ASCII fallback and the UTF-8 name (RFC 5987), so no name can break the header. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
