package no.laeringsarena.notification;

import java.util.Locale;

/** Why someone is notified. The message key takes the actor's name ({0}) and the subject ({1}). */
public enum NotificationKind {
    MENTION, REPLY_ON_MY_THREAD, REPLY_IN_FOLLOWED_THREAD, THREAD_IN_FOLLOWED_CATEGORY, IDEA_STATUS_CHANGED;

    public String messageKey() {
        return "notification.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** The heading of this kind's section in the daily digest. */
    public String digestSectionKey() {
        return "notification.digest.section." + name().toLowerCase(Locale.ROOT);
    }
}
