package io.storyline.web.admin.faces;

import io.storyline.web.admin.system.Fact;
import io.storyline.web.admin.system.StorageSizes;
import io.storyline.web.admin.system.SystemInfo;
import io.storyline.web.layout.Times;
import io.storyline.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The System page: versions, configuration (secrets masked), health, memory and storage, read once per request. */
@Named
@RequestScoped
public class SystemBean {

    @Inject
    SystemInfo info;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private List<Fact> versions;
    private List<Fact> configuration;
    private List<SystemInfo.Check> health;
    private List<Fact> memory;
    private List<Fact> storage;

    /** Called by the page's view action: nobody but an admin reads any of it. */
    public void load() {
        if (!security.isCallerInRole(Roles.ADMIN)) {
            faces.getExternalContext().setResponseStatus(403);
            faces.responseComplete();
            return;
        }
        versions = info.versions();
        configuration = info.configuration();
        health = info.health();
        memory = new ArrayList<>();
        Map<String, Long> heap = info.heap();
        memory.add(new Fact("Heap used", bytes(heap.get("usedBytes"))));
        memory.add(new Fact("Heap committed", bytes(heap.get("committedBytes"))));
        memory.add(new Fact("Heap max", bytes(heap.get("maxBytes"))));
        memory.add(new Fact("Heap peak", bytes(heap.get("peakBytes"))));
        Map<String, Long> nonHeap = info.nonHeap();
        memory.add(new Fact("Non-heap used", bytes(nonHeap.get("usedBytes"))));
        memory.add(new Fact("Non-heap committed", bytes(nonHeap.get("committedBytes"))));
        StorageSizes.Snapshot sizes = info.storage();
        storage = new ArrayList<>();
        for (StorageSizes.Size part : sizes.parts()) {
            storage.add(new Fact(part.name(), bytes(part.bytes()) + (part.complete() ? "" : " or more (walk stopped)")
                    + " in " + part.files() + " files, " + part.path()));
        }
        storage.add(new Fact("Free disk space", bytes(sizes.usableBytes()) + " of " + bytes(sizes.totalBytes())));
        storage.add(new Fact("Measured at", Times.format(java.time.Instant.ofEpochMilli(sizes.measuredAtMillis()))));
    }

    static String bytes(Long value) {
        if (value == null || value < 0) {
            return "unknown";
        }
        if (value < 1024) {
            return value + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double scaled = value;
        int unit = -1;
        while (scaled >= 1024 && unit < units.length - 1) {
            scaled /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", scaled, units[unit]);
    }

    public List<Fact> getVersions() {
        return versions;
    }

    public List<Fact> getConfiguration() {
        return configuration;
    }

    public List<SystemInfo.Check> getHealth() {
        return health;
    }

    public List<Fact> getMemory() {
        return memory;
    }

    public List<Fact> getStorage() {
        return storage;
    }
}
