package no.laeringsarena.platform.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One sending round: claims the due mails and hands them to the server one by one. A mail the server took is
 * marked sent and is never picked again; one it refused gets its next try after {@link MailBackoff}. When the server
 * cannot be reached at all the round stops: the mails not tried stay due for the next round, unchanged.
 */
public class MailProcessor {

    static final int BATCH = 20;

    private final MailQueue queue;
    private final MailTransport transport;
    private final Clock clock;

    public MailProcessor(MailQueue queue, MailTransport transport, Clock clock) {
        this.queue = queue;
        this.transport = transport;
        this.clock = clock;
    }

    /** Returns how many mails the server took in this round. */
    public int runOnce() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<QueuedMail> due = queue.due(now, BATCH);
        int sent = 0;
        for (QueuedMail mail : due) {
            try {
                transport.send(mail);
                queue.markSent(mail.id(), now);
                sent++;
            } catch (MailDeliveryException e) {
                queue.markFailed(mail.id(), e.getMessage(), now.plus(MailBackoff.after(mail.attempts() + 1)));
                if (e.serverUnavailable()) {
                    break;
                }
            } catch (RuntimeException e) {
                // a mail that cannot even be built must not hold back the others
                queue.markFailed(mail.id(), e.toString(), now.plus(MailBackoff.after(mail.attempts() + 1)));
            }
        }
        return sent;
    }
}
