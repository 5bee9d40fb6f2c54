package io.storyline.web.documents;

import io.storyline.ingestion.intake.IntakeService;
import io.storyline.platform.config.StorageSpace;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Bounds every multipart request (uploads on the page and through the API) near the archive's own limit,
 * {@code storyline.upload.max-bytes}, before a byte of it is read: the server's outer bound (1 GiB) would
 * otherwise let a client make it spool far more than any upload can be. A request must say its length; one longer
 * than the limit plus {@value #FORM_ALLOWANCE} bytes for the form's fields and framing is answered 413, one without
 * a length 411 and one without a boundary 400, each with a sentence to act on (a problem document for the API).
 * The length the client gives is the length the server reads, so a request cannot carry more than it said.
 * While the data folder has less free space than {@code storyline.storage.min-free-mb}, every upload is answered 507
 * (Insufficient Storage) before it is read; once space is freed, uploads are taken again.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Room for the form's fields, part headers and boundaries beside the files. */
    static final long FORM_ALLOWANCE = 1L << 20;

    @EJB
    transient IntakeService intake;

    @Inject
    transient StorageSpace space;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Refusal refusal = refusal(request.getContentType(), request.getContentLengthLong(), intake.maxUploadBytes());
        if (refusal == null && isMultipart(request.getContentType())) {
            refusal = refusal(space.room());
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(refusal.status());
        response.setHeader("Connection", "close");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "urn:storyline:problem:" + refusal.type())
                    .add("title", refusal.title())
                    .add("status", refusal.status())
                    .add("detail", refusal.detail())
                    .build()
                    .toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(refusal.detail() + "\n");
        }
    }

    /** Why a request may not go on, for a person. */
    record Refusal(int status, String type, String title, String detail) {
    }

    /**
     * Why this request may not go on, or {@code null} when it may (every request that is not multipart may).
     *
     * @param contentLength the declared length, -1 when none was given
     */
    static Refusal refusal(String contentType, long contentLength, long maxUploadBytes) {
        if (!isMultipart(contentType)) {
            return null;
        }
        if (!contentType.toLowerCase(Locale.ROOT).contains("boundary=")) {
            return new Refusal(400, "invalid-multipart", "Bad Request", "The form cannot be read: its Content-Type"
                    + " says multipart/form-data but names no boundary (multipart/form-data; boundary=...).");
        }
        if (contentLength < 0) {
            return new Refusal(411, "length-required", "Length Required", "An upload must say how long it is"
                    + " (Content-Length); send the form again with its length.");
        }
        long bound = maxUploadBytes + FORM_ALLOWANCE;
        if (contentLength > bound) {
            return new Refusal(413, "upload-too-large", "Content Too Large", "This upload is " + human(contentLength)
                    + ", more than the " + human(maxUploadBytes) + " of files one request may carry"
                    + " (storyline.upload.max-bytes). Send fewer or smaller files at a time.");
        }
        return null;
    }

    /** Why an upload may not go on for want of space, or {@code null} when there is room. */
    static Refusal refusal(StorageSpace.Room room) {
        return room.enough() ? null : new Refusal(507, "upload-storage-full", "Insufficient Storage",
                "The archive is not taking uploads now: " + room.shortage() + ". Nothing of this upload was stored;"
                        + " an admin must free space or add storage, then send it again.");
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        return bytes + " bytes";
    }
}
