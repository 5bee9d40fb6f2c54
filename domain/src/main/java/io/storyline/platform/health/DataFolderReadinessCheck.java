package io.storyline.platform.health;

import io.storyline.platform.config.DataDirectory;
import io.storyline.platform.config.StorageSpace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a file can be written to, and removed from, the data folder and it has more free space than the floor
 * ({@code storyline.storage.min-free-mb}); below it uploads are refused (507), and this check says why, until space
 * is freed.
 */
@Readiness
@ApplicationScoped
public class DataFolderReadinessCheck implements HealthCheck {

    @Inject
    DataDirectory dataDirectory;

    @Inject
    StorageSpace space;

    @Override
    public HealthCheckResponse call() {
        Path root = dataDirectory.root();
        StorageSpace.Room room = space.room();
        if (!room.enough()) {
            return HealthCheckResponse.named("data-folder").down()
                    .withData("path", root.toString())
                    .withData("usableBytes", room.usableBytes())
                    .withData("minFreeBytes", room.floorBytes())
                    .withData("reason", room.shortage() + "; uploads are refused until space is freed")
                    .build();
        }
        try {
            Path probe = Files.createTempFile(root, ".health-", ".probe");
            Files.delete(probe);
            return HealthCheckResponse.named("data-folder").up()
                    .withData("path", root.toString())
                    .withData("usableBytes", room.usableBytes())
                    .withData("minFreeBytes", room.floorBytes())
                    .build();
        } catch (IOException | RuntimeException e) {
            return HealthCheckResponse.named("data-folder").down()
                    .withData("path", root.toString())
                    .withData("reason", "the data folder takes no writes: " + e.getMessage())
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
