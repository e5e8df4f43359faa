package no.laeringsarena.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.laeringsarena.content.ContentImporter;
import no.laeringsarena.content.ContentSource;
import no.laeringsarena.content.ContentSources;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.learningrecord.LrsBootstrap;
import no.laeringsarena.search.SearchClientProducer;
import no.laeringsarena.search.SearchIndexAdmin;
import no.laeringsarena.toolbox.ToolboxSeedAttachments;

/**
 * What happens, in order, before the application serves its first request: check the settings, migrate the
 * schema, import the seed content, (dev and tests only) create the demo users, and make sure the search indexes
 * exist. A failure here stops the
 * deployment with a message that says what is wrong.
 */
@WebListener
public class StartupSequence implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    SearchClientProducer search;

    @Inject
    SearchIndexAdmin searchIndexes;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    ContentImporter contentImporter;

    @Inject
    ToolboxSeedAttachments toolboxSeedAttachments;

    @Inject
    DemoData demoData;

    @Inject
    LrsBootstrap lrsBootstrap;

    @Inject
    ClusterLock clusterLock;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        List<String> problems = new ArrayList<>(settings.problems());
        search.configurationProblem().ifPresent(problems::add);
        if (!problems.isEmpty()) {
            FatalStartup.stop("fix these settings: " + String.join("; ", problems), settings.exitOnFatal());
        }
        try {
            migrator.migrate();
        } catch (RuntimeException e) {
            FatalStartup.stop("the database schema could not be migrated: " + e.getMessage(), settings.exitOnFatal());
        }
        // instances starting together (several behind a load balancer) import one after the other, so the second
        // finds the first one's rows instead of colliding with them
        clusterLock.run(ClusterLock.Name.STARTUP, () -> {
            // errors in single content files are reported (file:line) and do not stop the platform
            ContentSource content = ContentSources.forConfiguredDirOrWar(event.getServletContext(),
                    settings.contentDir().orElse(null));
            contentImporter.importAll(content);
            toolboxSeedAttachments.seed(content);
            lrsBootstrap.ensureClient();
            if (settings.demoData()) {
                demoData.ensurePresent();
            }
            return null;
        });
        // the search indexes are derived data: when the cluster is down this only warns, and they are created
        // on first use once it is back
        searchIndexes.ensureIndexes();
        LOG.info("Læringsarena is ready at " + settings.baseUrl());
    }
}
