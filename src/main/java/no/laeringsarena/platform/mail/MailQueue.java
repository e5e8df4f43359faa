package no.laeringsarena.platform.mail;

import java.time.OffsetDateTime;
import java.util.List;

/** The durable queue as the {@link MailProcessor} sees it (the database outbox, or a fake in unit tests). */
public interface MailQueue {

    /** Claims up to {@code max} unsent mails due at {@code now}, locked until the transaction ends. */
    List<QueuedMail> due(OffsetDateTime now, int max);

    void markSent(long id, OffsetDateTime at);

    void markFailed(long id, String problem, OffsetDateTime nextAttempt);
}
