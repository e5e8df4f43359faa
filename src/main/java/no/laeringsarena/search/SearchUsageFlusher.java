package no.laeringsarena.search;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.DatabaseMigrator;

/** Every minute, once the schema is migrated: writes the searches counted on this node ({@link SearchUsage}). */
@Singleton
public class SearchUsageFlusher {

    private static final Logger LOG = Logger.getLogger(SearchUsageFlusher.class.getName());

    @Inject
    SearchUsage usage;

    @Inject
    DatabaseMigrator migrator;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void flush() {
        if (!migrator.isMigrated()) {
            return;
        }
        try {
            usage.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing the search count failed; will try again", e);
        }
    }
}
