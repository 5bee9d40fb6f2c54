package io.storyline.platform.config;

/**
 * Where Storyline finds its database: the platform's default datasource, a name every Jakarta EE server binds. The
 * server decides what it points at (WildFly: {@code ear/src/main/wildfly/configure.cli} binds its H2 file
 * datasource as the default), so the same EAR runs on WildFly and on Payara.
 */
public final class StorylineDatabase {

    public static final String JNDI_NAME = "java:comp/DefaultDataSource";

    private StorylineDatabase() {
    }
}
