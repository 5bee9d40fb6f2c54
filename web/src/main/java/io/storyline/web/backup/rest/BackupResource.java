package io.storyline.web.backup.rest;

import io.storyline.ingestion.backup.BackupStatus;
import io.storyline.web.backup.BackupActions;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/backups}, for admins: {@code POST} starts an online backup (202 with its state; 409 while one runs),
 * {@code GET} says how the running or last one stands and lists the complete backups.
 */
@Path("/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

    @Inject
    BackupActions actions;

    @POST
    public Response start() {
        return Response.accepted(BackupJson.of(actions.start())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    public BackupsJson list() {
        return new BackupsJson(actions.current().map(BackupJson::of).orElse(null), actions.completed());
    }

    /** {@code {"current": {...} | null, "completed": ["20261208-031500", ...]}}. */
    public record BackupsJson(BackupJson current, List<String> completed) {
    }

    /** One backup's state, as API clients see it. */
    public record BackupJson(String name, String state, String phase, int percent, long originalsDone,
                             long originalsTotal, long bytesCopied, String startedBy, String startedAt,
                             String finishedAt, String folder, String message) {

        static BackupJson of(BackupStatus s) {
            return new BackupJson(s.name(), s.state().name(), s.phase(), s.percent(), s.originalsDone(),
                    s.originalsTotal(), s.bytesCopied(), s.startedBy(), String.valueOf(s.startedAt()),
                    s.finishedAt() == null ? null : s.finishedAt().toString(), s.folder(), s.message());
        }
    }
}
