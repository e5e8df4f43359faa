package no.laeringsarena.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail outbox table (mail_outbox, mail_attachment). {@link #enqueue} joins the caller's transaction, so a mail
 * is queued exactly when the thing it tells about is saved. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}:
 * two instances (or two rounds) never send the same mail at once.
 */
@ApplicationScoped
@Transactional
public class MailOutbox implements MailQueue {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    /** Queues the mail unless a mail with its idempotency key was queued before; true when it was queued now. */
    public boolean enqueue(OutgoingMail mail) {
        if (mail.recipient() != null && mail.recipient().toLowerCase(java.util.Locale.ROOT).endsWith(".invalid")) {
            // an account without an address (logged in through ID-porten) has a placeholder under .invalid (RFC 2606)
            return false;
        }
        int inserted = em.createNativeQuery("""
                INSERT INTO mail_outbox (idempotency_key, recipient, subject, body_text, body_html, next_attempt_at,
                                         unsubscribe_url)
                VALUES (?1, ?2, ?3, ?4, ?5, COALESCE(CAST(?6 AS timestamptz), now()), CAST(?7 AS VARCHAR))
                ON CONFLICT (idempotency_key) DO NOTHING""")
                .setParameter(1, mail.idempotencyKey()).setParameter(2, mail.recipient())
                .setParameter(3, mail.subject()).setParameter(4, mail.text()).setParameter(5, mail.html())
                .setParameter(6, mail.notBefore() == null ? null : mail.notBefore().toString())
                .setParameter(7, mail.unsubscribeUrl())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        if (mail.attachments().isEmpty()) {
            return true;
        }
        long id = ((Number) em.createNativeQuery("SELECT id FROM mail_outbox WHERE idempotency_key = ?1")
                .setParameter(1, mail.idempotencyKey()).getSingleResult()).longValue();
        for (MailAttachment a : mail.attachments()) {
            em.createNativeQuery("INSERT INTO mail_attachment (mail_id, file_name, content_type, content) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, a.fileName()).setParameter(3, a.contentType())
                    .setParameter(4, a.content()).executeUpdate();
        }
        return true;
    }

    /** Whether a mail with this key was ever queued (sent or not). */
    public boolean isQueued(String idempotencyKey) {
        return !em.createNativeQuery("SELECT 1 FROM mail_outbox WHERE idempotency_key = ?1")
                .setParameter(1, idempotencyKey).getResultList().isEmpty();
    }

    /** Drops queued, unsent mails whose key starts with {@code prefix} (a reminder for a cancelled registration). */
    public int withdrawUnsent(String keyPrefix) {
        return em.createNativeQuery("DELETE FROM mail_outbox WHERE sent_at IS NULL AND idempotency_key LIKE ?1")
                .setParameter(1, keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .executeUpdate();
    }

    @Override
    public List<QueuedMail> due(OffsetDateTime now, int max) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, idempotency_key, recipient, subject, body_text, body_html, attempts, unsubscribe_url FROM mail_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= CAST(?1 AS timestamptz)
                ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now.toString()).setParameter(2, max).getResultList();
        List<QueuedMail> mails = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            long id = ((Number) row[0]).longValue();
            OutgoingMail mail = new OutgoingMail((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], attachments(id), null, (String) row[7]);
            mails.add(new QueuedMail(id, (String) row[1], mail, ((Number) row[6]).intValue()));
        }
        return mails;
    }

    private List<MailAttachment> attachments(long mailId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT file_name, content_type, content FROM mail_attachment WHERE mail_id = ?1 ORDER BY id")
                .setParameter(1, mailId).getResultList();
        List<MailAttachment> attachments = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            attachments.add(new MailAttachment((String) row[0], (String) row[1], (byte[]) row[2]));
        }
        return attachments;
    }

    @Override
    public void markSent(long id, OffsetDateTime at) {
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = CAST(?1 AS timestamptz), attempts = attempts + 1, "
                        + "last_error = NULL WHERE id = ?2")
                .setParameter(1, at.toString()).setParameter(2, id).executeUpdate();
    }

    @Override
    public void markFailed(long id, String problem, OffsetDateTime nextAttempt) {
        String error = problem == null ? null : problem.substring(0, Math.min(problem.length(), 500));
        em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = CAST(?1 AS timestamptz), "
                        + "last_error = ?2 WHERE id = ?3")
                .setParameter(1, nextAttempt.toString()).setParameter(2, error).setParameter(3, id).executeUpdate();
    }
}
