package no.laeringsarena.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** One sending round in its own transaction: claim, send, mark, commit. */
@ApplicationScoped
public class MailRound {

    @Inject
    MailOutbox outbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int runOnce(MailTransport transport) {
        return new MailProcessor(outbox, transport, Clock.systemUTC()).runOnce();
    }
}
