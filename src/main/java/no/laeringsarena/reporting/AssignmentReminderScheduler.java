package no.laeringsarena.reporting;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.DatabaseMigrator;

/**
 * Every 30 seconds, once the schema is migrated: queues the deadline reminders that are due today (the mail timer
 * sends them). Cheap when nothing is due, and safe to repeat: a reminder is queued once, whatever the number of sweeps.
 */
@Singleton
public class AssignmentReminderScheduler {

    private static final Logger LOG = Logger.getLogger(AssignmentReminderScheduler.class.getName());

    @Inject
    AssignmentReminders reminders;

    @Inject
    DatabaseMigrator migrator;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void queueDue() {
        if (!migrator.isMigrated()) {
            return;
        }
        try {
            int queued = reminders.queueDue(LocalDate.now(OrganisationReporting.OSLO));
            if (queued > 0) {
                LOG.fine(() -> "Queued " + queued + " deadline reminders");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queuing deadline reminders failed; will try again", e);
        }
    }
}
