package no.laeringsarena.reporting;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.DatabaseMigrator;

/**
 * Every 30 seconds, once the schema is migrated: queues the assignment notices and the deadline reminders that are due
 * (the mail timer sends them). Safe to repeat: each mail is queued once, whatever the number of sweeps.
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
            LocalDateTime now = LocalDateTime.now(OrganisationReporting.OSLO);
            // every ten minutes, one sweep also looks for people who joined a unit or got a role since
            boolean everyAssignment = now.getMinute() % 10 == 0 && now.getSecond() < 30;
            int queued = reminders.queueDue(now.toLocalDate(), everyAssignment);
            if (queued > 0) {
                LOG.fine(() -> "Queued " + queued + " assignment notices and reminders");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queuing assignment notices and reminders failed; will try again", e);
        }
    }
}
