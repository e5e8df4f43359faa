/**
 * In-app notifications (varsler) for the logged-in user: what happened (a mention, a reply in a followed thread, a
 * new thread in a followed category, a new status on an idea), a link to it, and whether it has been read. Other
 * capabilities call {@link no.laeringsarena.notification.NotificationService#notify} inside their own transaction.
 * Each user's {@link no.laeringsarena.notification.NotificationPreference} says how often they want them by
 * e-mail and holds a one-click unsubscribe token. {@link no.laeringsarena.notification.NotificationMailer} is the
 * e-mail channel: a mail per notification at once, or a daily digest ({@link no.laeringsarena.notification.DigestRules}),
 * through the platform's mail outbox, marking {@code notification.emailed_at}.
 */
package no.laeringsarena.notification;
