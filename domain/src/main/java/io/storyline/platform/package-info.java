/**
 * The platform every module stands on, kept out of the domain's packages: messaging between the pipeline's stages,
 * the search index mapping, schema migrations, health checks and shared configuration. The domain packages hold
 * entities and rules only.
 */
package io.storyline.platform;
