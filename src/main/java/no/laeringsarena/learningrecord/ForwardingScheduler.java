package no.laeringsarena.learningrecord;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.DatabaseMigrator;

/**
 * Every 15 seconds, when an external LRS is configured, forwards what is due in the outbox (one batch per round, in
 * one transaction: the rows stay locked while sending, and are marked only after the answer).
 */
@Singleton
public class ForwardingScheduler {

    @Inject
    DatabaseMigrator migrator;


    private static final Logger LOG = Logger.getLogger(ForwardingScheduler.class.getName());

    @Inject
    ForwardingSettings settings;

    @Inject
    ForwardingOutbox outbox;

    private final StatementSender sender = new StatementSender();

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void forward() {
        if (!migrator.isMigrated()) {
            return;
        }
        settings.target().ifPresent(target -> {
            try {
                int sent = new OutboxProcessor(outbox, sender, Clock.systemUTC()).runOnce(target);
                if (sent > 0) {
                    LOG.fine(() -> "Forwarded " + sent + " statements to " + target.endpoint());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Forwarding statements failed; will try again", e);
            }
        });
    }
}
