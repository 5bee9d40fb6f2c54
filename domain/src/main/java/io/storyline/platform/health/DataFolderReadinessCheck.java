package io.storyline.platform.health;

import io.storyline.platform.config.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a file can be written to, and removed from, the data folder. */
@Readiness
@ApplicationScoped
public class DataFolderReadinessCheck implements HealthCheck {

    @Inject
    DataDirectory dataDirectory;

    @Override
    public HealthCheckResponse call() {
        Path root = dataDirectory.root();
        try {
            Path probe = Files.createTempFile(root, ".health-", ".probe");
            Files.delete(probe);
            return HealthCheckResponse.named("data-folder").up()
                    .withData("path", root.toString())
                    .withData("usableBytes", Files.getFileStore(root).getUsableSpace())
                    .build();
        } catch (IOException | RuntimeException e) {
            return HealthCheckResponse.named("data-folder").down()
                    .withData("path", root.toString())
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
