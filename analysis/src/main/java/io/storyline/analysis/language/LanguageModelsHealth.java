package io.storyline.analysis.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of analysis: up while the models load (documents simply wait) and once they are loaded; down only when
 * they could not be loaded, which needs a person.
 */
@Readiness
@ApplicationScoped
public class LanguageModelsHealth implements HealthCheck {

    @Inject
    LanguageModels models;

    @Override
    public HealthCheckResponse call() {
        LanguageModels.State state = models.state();
        var response = HealthCheckResponse.named("language-models").withData("state", state.name());
        if (models.loadMillis() >= 0) {
            response.withData("loadMillis", models.loadMillis());
        }
        if (state == LanguageModels.State.FAILED) {
            return response.withData("reason", String.valueOf(models.failure())).down().build();
        }
        return response.up().build();
    }
}
