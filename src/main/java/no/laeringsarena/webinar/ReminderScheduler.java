package no.laeringsarena.webinar;

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
 * Every 15 seconds, once the schema is migrated: queues the event reminders that have come due (the mail scheduler
 * then sends them). The timer runs outside a transaction; each sweep is its own ({@link EventReminders}).
 */
@Singleton
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Inject
    EventReminders reminders;

    @Inject
    DatabaseMigrator migrator;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void queueDue() {
        if (!migrator.isMigrated()) {
            return;
        }
        try {
            int queued = reminders.queueDue(OffsetDateTime.now(ZoneOffset.UTC));
            if (queued > 0) {
                LOG.fine(() -> "Queued " + queued + " event reminders");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queuing event reminders failed; will try again", e);
        }
    }
}
