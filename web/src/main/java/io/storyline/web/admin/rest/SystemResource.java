package io.storyline.web.admin.rest;

import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/system}, for admins: the Java and server versions and the heap (used, committed, max, and the peak
 * since start or the last reset, which the ingestion benchmark reads).
 */
@Path("/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SystemResource {

    @GET
    public Map<String, Object> system() {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        system.put("processors", Runtime.getRuntime().availableProcessors());
        system.put("heap", heap());
        return system;
    }

    /** Starts counting the heap's peak afresh. */
    @POST
    @Path("/memory/reset-peak")
    public Response resetPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return Response.noContent().build();
    }

    private static Map<String, Long> heap() {
        MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Map<String, Long> heap = new LinkedHashMap<>();
        heap.put("usedBytes", usage.getUsed());
        heap.put("committedBytes", usage.getCommitted());
        heap.put("maxBytes", usage.getMax());
        heap.put("peakBytes", heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        return heap;
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
