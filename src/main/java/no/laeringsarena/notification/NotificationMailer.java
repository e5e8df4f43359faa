package no.laeringsarena.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.mail.MailOutbox;
import no.laeringsarena.platform.mail.OutgoingMail;

/**
 * The e-mail channel of notifications, through the mail outbox: a mail per notification for users who want them
 * at once (queued in the transaction that made the notification), and the daily digest for the others
 * ({@link DigestRules}). A notification is marked {@code emailed_at} in the transaction that queues its mail, and
 * each mail has an idempotency key, so nothing is mailed twice however often a sweep runs or the server restarts.
 */
@ApplicationScoped
public class NotificationMailer {

    /** Users handled per digest sweep; the rest wait for the next sweep, seconds later. */
    static final int DIGESTS_PER_SWEEP = 200;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    PlatformSettings settings;

    /** In the notifying transaction: mails each new notification to its recipient if they chose mail at once. */
    public void mailAtOnce(Collection<Notification> created, OffsetDateTime now) {
        if (created.isEmpty()) {
            return;
        }
        List<Long> recipients = created.stream().map(Notification::getRecipientId).distinct().toList();
        Map<Long, NotificationPreference> preferences = em.createQuery(
                        "SELECT p FROM NotificationPreference p WHERE p.userId IN :ids", NotificationPreference.class)
                .setParameter("ids", recipients).getResultStream()
                .collect(Collectors.toMap(NotificationPreference::getUserId, Function.identity()));
        List<Notification> atOnce = created.stream().filter(n -> preferences.containsKey(n.getRecipientId())
                && DigestRules.deliveryOf(preferences.get(n.getRecipientId()).getEmailFrequency())
                == DigestRules.Delivery.EACH_AT_ONCE).toList();
        if (atOnce.isEmpty()) {
            return;
        }
        em.flush();   // the ids name the mails
        for (Notification n : atOnce) {
            UserAccount user = em.find(UserAccount.class, n.getRecipientId());
            if (user == null || !user.isActive()) {
                continue;
            }
            NotificationMail.Composed mail = NotificationMail.immediate(locale(user), user.getDisplayName(), item(n),
                    links(preferences.get(user.getId())));
            outbox.enqueue(new OutgoingMail(DigestRules.immediateKey(n.getId()), user.getEmail(), mail.subject(), mail.text(),
                    mail.html(), List.of(), null, oneClickUnsubscribe(preferences.get(user.getId()))));
            n.markEmailed(now);
        }
    }

    /**
     * One sweep: queues the digest due at {@code now} for every active user who wants e-mail and has notifications
     * made before the day's cut-off that no mail has told of yet. Returns how many digests were queued.
     */
    @Transactional
    public int queueDigests(OffsetDateTime now) {
        LocalDate day = DigestRules.dueDay(now);
        OffsetDateTime cutoff = DigestRules.cutoff(day);
        @SuppressWarnings("unchecked")
        List<Number> users = em.createNativeQuery("""
                        SELECT DISTINCT n.recipient_id FROM notification n
                          JOIN user_account u ON u.id = n.recipient_id
                          LEFT JOIN notification_preference p ON p.user_id = n.recipient_id
                         WHERE n.emailed_at IS NULL AND n.created_at < CAST(?1 AS timestamptz)
                           AND u.deactivated_at IS NULL
                           AND (p.email_frequency IS NULL OR p.email_frequency <> 'NONE')
                           AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.idempotency_key = ?2 || n.recipient_id || ':' || ?3)
                         ORDER BY n.recipient_id LIMIT ?4""")
                .setParameter(1, cutoff.toString()).setParameter(2, "notification-digest:").setParameter(3, day.toString())
                .setParameter(4, DIGESTS_PER_SWEEP).getResultList();
        int queued = 0;
        for (Number id : users) {
            if (digest(id.longValue(), day, cutoff, now)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean digest(long userId, LocalDate day, OffsetDateTime cutoff, OffsetDateTime now) {
        UserAccount user = em.find(UserAccount.class, userId);
        List<Notification> pending = em.createNamedQuery("Notification.notEmailedBefore", Notification.class)
                .setParameter("user", userId).setParameter("cutoff", cutoff).getResultList();
        if (user == null || pending.isEmpty()) {
            return false;
        }
        NotificationPreference preference = preferenceOf(userId);
        NotificationMail.Composed mail = NotificationMail.digest(locale(user), user.getDisplayName(), day,
                pending.stream().map(this::item).toList(), links(preference));
        boolean queued = outbox.enqueue(new OutgoingMail(DigestRules.digestKey(userId, day), user.getEmail(), mail.subject(),
                mail.text(), mail.html(), List.of(), null, oneClickUnsubscribe(preference)));
        if (queued) {
            pending.forEach(n -> n.markEmailed(now));
        }
        return queued;
    }

    private NotificationPreference preferenceOf(Long userId) {
        NotificationPreference p = em.find(NotificationPreference.class, userId);
        if (p == null) {
            p = new NotificationPreference(userId);
            em.persist(p);
        }
        return p;
    }

    private NotificationMail.Item item(Notification n) {
        return new NotificationMail.Item(n.getKind(), n.getActorName(), n.getSubject(), absolute(n.getLink()), n.getCreatedAt());
    }

    private NotificationMail.Links links(NotificationPreference preference) {
        return new NotificationMail.Links(absolute("/min-side/varsler.xhtml"),
                absolute("/avmelding.xhtml?token=" + preference.getUnsubscribeToken()));
    }

    /** The address mail programs POST to for one-click unsubscribe: the unsubscribe API. */
    private String oneClickUnsubscribe(NotificationPreference preference) {
        return absolute("/api/notifications/unsubscribe?token=" + preference.getUnsubscribeToken());
    }

    private String absolute(String appLink) {
        String link = appLink.startsWith("/") && !appLink.startsWith("//") ? appLink : "/";
        return settings.baseUrl().replaceAll("/+$", "") + link;
    }

    private static Locale locale(UserAccount user) {
        String tag = user.getPreferredLocale();
        return tag == null || tag.isBlank() ? Locale.forLanguageTag("nb") : Locale.forLanguageTag(tag);
    }
}
