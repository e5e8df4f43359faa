package no.laeringsarena.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;

/**
 * Writes notifications for other capabilities (in the caller's transaction) and lets the logged-in user read
 * theirs, mark them read and choose how they want them by e-mail. A user only ever sees and changes their own:
 * the user is taken from the security context.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    @Inject
    NotificationMailer mailer;

    /**
     * Notifies each recipient once (the actor themself is never notified of their own doing); those who want their
     * notifications by e-mail at once get a mail queued in the same transaction, the others wait for the digest.
     */
    public void notify(Collection<Long> recipientIds, Long actorId, NotificationKind kind, String actorName, String subject,
                       String link) {
        OffsetDateTime now = now();
        List<Notification> created = recipientIds.stream().distinct().filter(id -> id != null && !id.equals(actorId))
                .map(id -> new Notification(id, kind, actorName, subject, link, now)).toList();
        created.forEach(em::persist);
        mailer.mailAtOnce(created, now);
    }

    /** The caller's notifications, newest first. */
    public List<Notification> mine(int max) {
        return me().map(u -> em.createNamedQuery("Notification.mine", Notification.class).setParameter("user", u.getId())
                .setMaxResults(max).getResultList()).orElse(List.of());
    }

    public long unreadCount() {
        return me().map(u -> em.createNamedQuery("Notification.unreadCount", Long.class).setParameter("user", u.getId())
                .getSingleResult()).orElse(0L);
    }

    /** Marks one of the caller's notifications read and gives it back (empty when it is not theirs). */
    public Optional<Notification> open(Long notificationId) {
        Optional<UserAccount> me = me();
        if (me.isEmpty() || notificationId == null) {
            return Optional.empty();
        }
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !n.getRecipientId().equals(me.get().getId())) {
            return Optional.empty();
        }
        n.markRead(now());
        return Optional.of(n);
    }

    public int markAllRead() {
        return me().map(u -> em.createNamedQuery("Notification.markAllRead").setParameter("now", now())
                .setParameter("user", u.getId()).executeUpdate()).orElse(0);
    }

    /** The caller's e-mail preference (created with a fresh unsubscribe token the first time). */
    public Optional<NotificationPreference> myPreference() {
        return me().map(u -> preferenceOf(u.getId()));
    }

    public void chooseEmailFrequency(EmailFrequency frequency) {
        if (frequency == null) {
            throw new IllegalArgumentException("frequency");
        }
        me().map(u -> preferenceOf(u.getId())).ifPresent(p -> p.choose(frequency));
    }

    /** One-click unsubscribe from a link in an e-mail: no login, the token is the proof. */
    public boolean unsubscribe(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            return false;
        }
        return em.createNamedQuery("NotificationPreference.byToken", NotificationPreference.class).setParameter("token", token)
                .getResultStream().findFirst().map(p -> {
                    p.choose(EmailFrequency.NONE);
                    return true;
                }).orElse(false);
    }

    NotificationPreference preferenceOf(Long userId) {
        NotificationPreference p = em.find(NotificationPreference.class, userId);
        if (p == null) {
            p = new NotificationPreference(userId);
            em.persist(p);
        }
        return p;
    }

    private Optional<UserAccount> me() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : identity.findByEmail(principal.getName());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
