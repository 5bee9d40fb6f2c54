package io.storyline.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, exactly; for tests inside the server, with the test classes in its WAR. */
public final class Deployments {

    public static final String WEB_MODULE = "web.war";

    private Deployments() {
    }

    /** The packaged EAR as it is. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "storyline.ear")
                .importFrom(TestServer.ear().toFile())
                .as(EnterpriseArchive.class);
    }

    /**
     * The packaged EAR with these classes added to its web module, where they see every service. Arquillian
     * reaches them through its servlet runner, which this deployment alone leaves outside the login (a web
     * fragment adds an unprotected constraint for that one path).
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml"));
        return ear;
    }

    private static final String RUNNER_ACCESS = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;
}
