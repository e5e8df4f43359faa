package no.laeringsarena.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.DatabaseMigrator;

/**
 * Every 30 seconds, submits the open attempts whose time limit ran out, with the answers saved before the deadline,
 * so an attempt left in a closed tab is graded and recorded without the learner coming back. Each attempt is closed
 * in its own transaction; one that fails is tried again next round.
 */
@Singleton
public class ExpiredAttemptCloser {

    @Inject
    DatabaseMigrator migrator;


    private static final Logger LOG = Logger.getLogger(ExpiredAttemptCloser.class.getName());

    @Inject
    AttemptService attempts;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void closeExpired() {
        if (!migrator.isMigrated()) {
            return;
        }
        for (Long id : attempts.expiredAttempts()) {
            try {
                if (attempts.closeExpired(id)) {
                    LOG.fine(() -> "Submitted attempt " + id + " whose time ran out");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not submit expired attempt " + id + "; will try again", e);
            }
        }
    }
}
