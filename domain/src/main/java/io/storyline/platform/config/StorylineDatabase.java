package io.storyline.platform.config;

/** Where the server publishes Storyline's datasource (configured by {@code ear/src/main/wildfly/*.cli}). */
public final class StorylineDatabase {

    public static final String JNDI_NAME = "java:jboss/datasources/StorylineDS";

    private StorylineDatabase() {
    }
}
