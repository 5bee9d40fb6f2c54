package io.storyline.web.rest;

import io.storyline.web.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; its contract is API.md, its description {@code /openapi}. */
@ApplicationPath("/api")
@DeclareRoles({Roles.READER, Roles.ARCHIVIST, Roles.EDITOR, Roles.ADMIN})
@OpenAPIDefinition(
        info = @Info(title = "Storyline API", version = "1",
                description = "A newsroom archive: documents, entities, events and timelines.",
                license = @License(name = "GPL-3.0-or-later")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
