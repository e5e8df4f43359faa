package no.laeringsarena.platform.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.PlatformReadiness;

/**
 * Every 5 seconds, when an SMTP server is configured, sends what is due in the mail outbox: one round in one
 * transaction (the EJB timer's), so the claimed rows stay locked while sending and are marked in the same
 * transaction. Like the xAPI forwarding ({@code learningrecord.ForwardingScheduler}).
 */
@Singleton
public class MailScheduler {

    @Inject
    PlatformReadiness readiness;


    private static final Logger LOG = Logger.getLogger(MailScheduler.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailOutbox outbox;

    private SmtpServer server;
    private JakartaMailTransport transport;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void send() {
        if (!readiness.isReady()) {
            return;
        }
        Optional<SmtpServer> configured = settings.server();
        if (configured.isEmpty()) {
            return;
        }
        if (!configured.get().equals(server)) {
            server = configured.get();
            transport = new JakartaMailTransport(server);
        }
        try {
            int sent = new MailProcessor(outbox, transport, Clock.systemUTC()).runOnce();
            if (sent > 0) {
                LOG.fine(() -> "Sent " + sent + " mails through " + server);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending mail failed; will try again", e);
        }
    }
}
