package no.laeringsarena.notification;

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

/**
 * Every 30 seconds, once the schema is migrated: queues the daily digests that are due (the mail timer sends them).
 * Cheap when nothing is due (one query on the not-yet-mailed notifications); a digest is queued once per user and
 * day whatever the number of sweeps or restarts, and a sweep missed while the server was down is caught up later.
 */
@Singleton
public class NotificationDigestScheduler {

    private static final Logger LOG = Logger.getLogger(NotificationDigestScheduler.class.getName());

    @Inject
    NotificationMailer mailer;

    @Inject
    DatabaseMigrator migrator;

    @Schedule(hour = "*", minute = "*", second = "15/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void queueDue() {
        if (!migrator.isMigrated()) {
            return;
        }
        try {
            int queued = mailer.queueDigests(OffsetDateTime.now(ZoneOffset.UTC));
            if (queued > 0) {
                LOG.fine(() -> "Queued " + queued + " notification digests");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queuing notification digests failed; will try again", e);
        }
    }
}
