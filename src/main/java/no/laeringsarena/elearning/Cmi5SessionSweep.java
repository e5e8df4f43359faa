package no.laeringsarena.elearning;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.DatabaseMigrator;

/** Every ten minutes, once the schema is migrated: expired cmi5 sessions that never terminated become abandoned. */
@Singleton
public class Cmi5SessionSweep {

    private static final Logger LOG = Logger.getLogger(Cmi5SessionSweep.class.getName());

    @Inject
    Cmi5Abandonment abandonment;

    @Inject
    DatabaseMigrator migrator;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        if (!migrator.isMigrated()) {
            return;
        }
        try {
            int ended = abandonment.abandonExpired(OffsetDateTime.now(ZoneOffset.UTC));
            if (ended > 0) {
                LOG.fine(() -> "Abandoned " + ended + " expired cmi5 sessions");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ending expired cmi5 sessions failed; will try again", e);
        }
    }
}
