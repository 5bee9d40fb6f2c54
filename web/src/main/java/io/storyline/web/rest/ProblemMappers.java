package io.storyline.web.rest;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.domain.user.DuplicateUsernameException;
import io.storyline.domain.user.InvalidUsernameException;
import io.storyline.domain.user.WeakPasswordException;
import io.storyline.ingestion.backup.BackupRefusedException;
import io.storyline.ingestion.bulk.ImportNotFoundException;
import io.storyline.ingestion.bulk.ImportRejectedException;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.catalog.InvalidMetadataException;
import io.storyline.ingestion.catalog.TextNotAvailableException;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.ingestion.pipeline.NotRetryableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One {@link ExceptionMapper} per exception that can leave a resource, each answering with a {@link Problem}. */
public final class ProblemMappers {

    /** WebDAV's status for a server without room to store what it was sent (RFC 4918); JAX-RS names no constant. */
    public static final int INSUFFICIENT_STORAGE = 507;

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.of(Status.BAD_REQUEST, "invalid-request", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class DocumentNotFound implements ExceptionMapper<DocumentNotFoundException> {
        @Override
        public Response toResponse(DocumentNotFoundException e) {
            return Problem.of(Status.NOT_FOUND, "document-not-found", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class UploadRejected implements ExceptionMapper<UploadRejectedException> {
        @Override
        public Response toResponse(UploadRejectedException e) {
            if (e.reason() == UploadRejectedException.Reason.STORAGE_FULL) {
                return new Problem("urn:storyline:problem:upload-storage-full", "Insufficient Storage",
                        INSUFFICIENT_STORAGE, e.getMessage()).toResponse();
            }
            Status status = e.reason() == UploadRejectedException.Reason.TOO_LARGE
                    ? Status.REQUEST_ENTITY_TOO_LARGE : Status.BAD_REQUEST;
            return Problem.of(status, "upload-" + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class BackupRefused implements ExceptionMapper<BackupRefusedException> {
        @Override
        public Response toResponse(BackupRefusedException e) {
            return Problem.of(Status.CONFLICT, "backup-refused", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NotRetryable implements ExceptionMapper<NotRetryableException> {
        @Override
        public Response toResponse(NotRetryableException e) {
            return Problem.of(Status.CONFLICT, "not-retryable", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class TextNotAvailable implements ExceptionMapper<TextNotAvailableException> {
        @Override
        public Response toResponse(TextNotAvailableException e) {
            return Problem.of(Status.CONFLICT, "text-not-available", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class InvalidMetadata implements ExceptionMapper<InvalidMetadataException> {
        @Override
        public Response toResponse(InvalidMetadataException e) {
            return Problem.of(Status.BAD_REQUEST, "invalid-metadata", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class ImportRejected implements ExceptionMapper<ImportRejectedException> {
        @Override
        public Response toResponse(ImportRejectedException e) {
            return Problem.of(Status.BAD_REQUEST, "import-rejected", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class ImportNotFound implements ExceptionMapper<ImportNotFoundException> {
        @Override
        public Response toResponse(ImportNotFoundException e) {
            return Problem.of(Status.NOT_FOUND, "import-not-found", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class WeakPassword implements ExceptionMapper<WeakPasswordException> {
        @Override
        public Response toResponse(WeakPasswordException e) {
            return Problem.of(Status.BAD_REQUEST, "weak-password", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class InvalidUsername implements ExceptionMapper<InvalidUsernameException> {
        @Override
        public Response toResponse(InvalidUsernameException e) {
            return Problem.of(Status.BAD_REQUEST, "invalid-username", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class DuplicateUsername implements ExceptionMapper<DuplicateUsernameException> {
        @Override
        public Response toResponse(DuplicateUsernameException e) {
            return Problem.of(Status.CONFLICT, "duplicate-username", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class AnalysisRequest implements ExceptionMapper<AnalysisProblem> {
        @Override
        public Response toResponse(AnalysisProblem e) {
            return switch (e.kind()) {
                case NOT_FOUND -> Problem.of(Status.NOT_FOUND, "not-found", e.getMessage()).toResponse();
                case CONFLICT -> Problem.of(Status.CONFLICT, "conflict", e.getMessage()).toResponse();
                case INVALID -> Problem.of(Status.BAD_REQUEST, "invalid-request", e.getMessage()).toResponse();
                case FORBIDDEN -> Problem.of(Status.FORBIDDEN, "not-yours", e.getMessage()).toResponse();
            };
        }
    }

    /** A service refused the caller's role ({@code @RolesAllowed} on the feature's actions): 403, as the API's own check. */
    @Provider
    public static class AccessRefused implements ExceptionMapper<jakarta.ejb.EJBAccessException> {
        @Override
        public Response toResponse(jakarta.ejb.EJBAccessException e) {
            return Problem.of(Status.FORBIDDEN, "Your role does not allow this.").toResponse();
        }
    }

    /** The JAX-RS runtime's own answers (404 for an unknown path, 403 for a missing role, 415 ...). */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Status status = Status.fromStatusCode(original.getStatus());
            String detail = switch (original.getStatus()) {
                case 403 -> "Your role does not allow this.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not take that method.";
                case 406 -> "This address cannot answer in the media type asked for.";
                case 415 -> "This address does not take that media type.";
                default -> e.getMessage();
            };
            Problem problem = status == null
                    ? new Problem("about:blank", "Error", original.getStatus(), detail)
                    : Problem.of(status, detail);
            return problem.toResponse();
        }
    }

    /**
     * A body that is not JSON, or not the JSON an address takes, is the client's to fix (400), not ours (500).
     * RESTEasy reports it as a {@code ProcessingException} with JSON-B's exception as its cause; other processing
     * failures (writing an answer, a class JSON-B cannot build) stay unexpected.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        private final Unexpected unexpected = new Unexpected();

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            String outOfRange = outOfRange(e);
            if (outOfRange != null) {
                return Problem.of(Status.BAD_REQUEST, "invalid-body", outOfRange).toResponse();
            }
            if (clientsBody(e)) {
                return Problem.of(Status.BAD_REQUEST, "invalid-body", "The body is not the JSON this address takes:"
                        + " check its syntax, its field names and their types.").toResponse();
            }
            return unexpected.toResponse(e);
        }

        /** The message of a number that does not fit its field, naming the field when JSON-B says which. */
        static String outOfRange(Throwable e) {
            String field = null;
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof WholeNumbers.OutOfRange) {
                    return field == null ? c.getMessage() : "\"" + field + "\": " + c.getMessage();
                }
                java.util.regex.Matcher property = c.getMessage() == null ? null : PROPERTY.matcher(c.getMessage());
                if (field == null && property != null && property.find()) {
                    field = property.group(1);
                }
            }
            return null;
        }

        private static final java.util.regex.Pattern PROPERTY =
                java.util.regex.Pattern.compile("property '([A-Za-z0-9_]{1,40})'");

        static boolean clientsBody(Throwable e) {
            boolean reading = e.getMessage() != null && e.getMessage().contains("deserialization");
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof jakarta.json.stream.JsonParsingException) {
                    return true;
                }
                if (reading && c instanceof jakarta.json.bind.JsonbException
                        && (c.getMessage() == null || !c.getMessage().contains("Cannot create instance"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A request body that could not be read to its end (a client that went away, a body that is not what its
     * Content-Type says): the client's to send again or fix. Only reading a request throws an {@link IOException}
     * out of a resource; what goes wrong while an answer is written happens after every mapper.
     */
    @Provider
    public static class UnreadableRequest implements ExceptionMapper<java.io.IOException> {
        private static final Logger LOG = Logger.getLogger(UnreadableRequest.class.getName());

        @Override
        public Response toResponse(java.io.IOException e) {
            LOG.log(Level.FINE, "Unreadable request body", e);
            return Problem.of(Status.BAD_REQUEST, "unreadable-body", "The request's body could not be read: it was"
                    + " cut short or is not what its Content-Type says. Send it again whole.").toResponse();
        }
    }

    /** Anything else is our fault: logged with an id the answer repeats, so it can be found. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal",
                    "Something went wrong on our side. The server log has the details under incident " + incident + ".")
                    .toResponse();
        }
    }
}
