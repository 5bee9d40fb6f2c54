package io.storyline.web.documents.rest;

import io.storyline.web.rest.InvalidRequestException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The parts of a {@code multipart/form-data} request as the servlet container reads them, and their clean-up. */
final class FormParts {

    private static final Logger LOG = Logger.getLogger(FormParts.class.getName());
    /** A plain field (publisher, date, tags) is short; more is not read. */
    private static final int MAX_FIELD_BYTES = 64 * 1024;

    private FormParts() {
    }

    /** The form's parts; a form that cannot be read is the client's to fix (400), named in plain words. */
    static Collection<Part> of(HttpServletRequest request) {
        try {
            return request.getParts();
        } catch (IOException | ServletException | IllegalStateException e) {
            LOG.log(Level.FINE, "Unreadable multipart form", e);
            throw new InvalidRequestException("The form cannot be read as multipart/form-data: check its boundary,"
                    + " its part headers and that it was sent to its end.");
        }
    }

    /** The text of the plain field (not a file) of that name, stripped; null when absent or blank. */
    static String field(Collection<Part> parts, String name) throws IOException {
        for (Part part : parts) {
            if (name.equals(part.getName()) && part.getSubmittedFileName() == null) {
                try (InputStream in = part.getInputStream()) {
                    String value = new String(in.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8);
                    return value.isBlank() ? null : value.strip();
                }
            }
        }
        return null;
    }

    /** Deletes what the container stored of each part (its temporary file past the threshold). */
    static void delete(Collection<Part> parts) {
        for (Part part : parts) {
            try {
                part.delete();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not delete the temporary copy of the form part \"" + part.getName()
                        + "\"", e);
            }
        }
    }
}
