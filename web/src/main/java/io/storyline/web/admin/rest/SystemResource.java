package io.storyline.web.admin.rest;

import io.storyline.web.admin.system.Fact;
import io.storyline.web.admin.system.StorageSizes;
import io.storyline.web.admin.system.SystemInfo;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/system}, for admins: the Java and server versions and the heap (used, committed, max, and the peak
 * since start or the last reset, which the ingestion benchmark reads); the versions of Storyline, the server, the
 * libraries and the database; the {@code storyline.*} configuration in effect with secrets masked; the
 * application's health checks; non-heap memory; and the sizes of the data folder's parts with the free disk space.
 */
@Path("/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SystemResource {

    @Inject
    SystemInfo info;

    @GET
    public Map<String, Object> system() {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        system.put("processors", Runtime.getRuntime().availableProcessors());
        system.put("heap", info.heap());
        system.put("nonHeap", info.nonHeap());
        system.put("versions", Fact.asMap(info.versions()));
        system.put("configuration", Fact.asMap(info.configuration()));
        system.put("health", info.health().stream().map(check -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", check.kind());
            json.put("name", check.name());
            json.put("status", check.status());
            json.put("data", check.data());
            return json;
        }).toList());
        system.put("storage", storage(info.storage()));
        return system;
    }

    /** Starts counting the heap's peak afresh. */
    @POST
    @Path("/memory/reset-peak")
    public Response resetPeak() {
        info.resetPeak();
        return Response.noContent().build();
    }

    private static Map<String, Object> storage(StorageSizes.Snapshot snapshot) {
        Map<String, Object> storage = new LinkedHashMap<>();
        List<Map<String, Object>> parts = snapshot.parts().stream().map(part -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", part.name());
            json.put("path", part.path());
            json.put("bytes", part.bytes());
            json.put("files", part.files());
            json.put("complete", part.complete());
            return json;
        }).toList();
        storage.put("parts", parts);
        storage.put("usableBytes", snapshot.usableBytes());
        storage.put("totalBytes", snapshot.totalBytes());
        storage.put("measuredAt", java.time.Instant.ofEpochMilli(snapshot.measuredAtMillis()).toString());
        return storage;
    }
}
