package no.laeringsarena.webinar;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.PlatformReadiness;

/** Every 15 seconds: queues the event reminders that have come due (the mail scheduler then sends them). */
@Singleton
public class ReminderScheduler {

    @Inject
    PlatformReadiness readiness;


    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Inject
    EventReminders reminders;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void queueDue() {
        if (!readiness.isReady()) {
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
