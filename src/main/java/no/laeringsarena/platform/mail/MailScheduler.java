package no.laeringsarena.platform.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.DatabaseMigrator;

/**
 * Every 5 seconds, once the schema is migrated and when an SMTP server is configured, sends what is due in the mail
 * outbox: one round in one transaction ({@link MailRound}), so the claimed rows stay locked while sending and are
 * marked in the same transaction. The timer itself runs outside a transaction, so a failed round (database away)
 * is logged and tried again on the next tick instead of failing the timer.
 */
@Singleton
public class MailScheduler {

    private static final Logger LOG = Logger.getLogger(MailScheduler.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailRound round;

    @Inject
    DatabaseMigrator migrator;

    private SmtpServer server;
    private JakartaMailTransport transport;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send() {
        Optional<SmtpServer> configured = settings.server();
        if (configured.isEmpty() || !migrator.isMigrated()) {
            return;
        }
        if (!configured.get().equals(server)) {
            server = configured.get();
            transport = new JakartaMailTransport(server);
        }
        try {
            int sent = round.runOnce(transport);
            if (sent > 0) {
                LOG.fine(() -> "Sent " + sent + " mails through " + server);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending mail failed; will try again", e);
        }
    }
}
