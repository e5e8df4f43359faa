package no.laeringsarena.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The war the build made, exactly as it ships, for Arquillian to deploy. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("laeringsarena.war", "target/laeringsarena.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No war at " + war + ": run the integration tests through ./mvnw verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "laeringsarena.war").importFrom(war).as(WebArchive.class);
    }
}
