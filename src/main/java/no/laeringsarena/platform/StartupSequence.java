package no.laeringsarena.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import no.laeringsarena.content.ContentImporter;
import no.laeringsarena.content.ContentSources;
import no.laeringsarena.identity.DemoData;

/**
 * What happens, in order, before the application serves its first request: check the settings, migrate the
 * schema, import the seed content, and (dev and tests only) create the demo users. A failure here stops the
 * deployment with a message that says what is wrong.
 */
@WebListener
public class StartupSequence implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    ContentImporter contentImporter;

    @Inject
    DemoData demoData;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var problems = settings.problems();
        if (!problems.isEmpty()) {
            String message = "Læringsarena cannot start; fix these settings: " + String.join("; ", problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        migrator.migrate();
        // errors in single content files are reported (file:line) and do not stop the platform
        contentImporter.importAll(ContentSources.forConfiguredDirOrWar(event.getServletContext(),
                settings.contentDir().orElse(null)));
        if (settings.demoData()) {
            demoData.ensurePresent();
        }
        LOG.info("Læringsarena is ready at " + settings.baseUrl());
    }
}
