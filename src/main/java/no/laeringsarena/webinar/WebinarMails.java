package no.laeringsarena.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.mail.MailAttachment;
import no.laeringsarena.platform.mail.MailOutbox;
import no.laeringsarena.platform.mail.OutgoingMail;
import no.laeringsarena.platform.web.Messages;

/**
 * The mails about an event a participant gets, in her own language, queued in the caller's transaction through the
 * mail outbox. Each mail has an idempotency key naming what it is about, so it is queued once however often the
 * code runs: {@code webinar-confirmation:<registration>:<when seated>}, {@code webinar-reminder:<registration>:
 * <kind>:<start>}, {@code webinar-change:<registration>:<event version>}, and so on.
 */
@ApplicationScoped
public class WebinarMails {

    static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    @Inject
    MailOutbox outbox;

    @Inject
    PlatformSettings settings;

    /** "Du er påmeldt" with the calendar file; {@code promoted}: the seat came from the waiting list. */
    public void seated(Registration r, boolean promoted) {
        if (promoted) {
            queue(r, "webinar-promoted:" + r.getId() + ":" + millis(r.getUpdatedAt()), "mail.webinar.promoted.subject",
                    "mail.webinar.promoted.body", true, null);
        } else {
            queue(r, "webinar-confirmed:" + r.getId() + ":" + millis(r.getUpdatedAt()), "mail.webinar.confirmed.subject",
                    "mail.webinar.confirmed.body", true, null);
        }
    }

    /** "Du står på venteliste som nr. n" (no calendar file: she has no seat yet). */
    public void waiting(Registration r) {
        queue(r, "webinar-waiting:" + r.getId() + ":" + millis(r.getUpdatedAt()), "mail.webinar.waiting.subject",
                "mail.webinar.waiting.body", false, r.getPosition());
    }

    /** Queues the reminder unless it was queued before (for this start time); true when queued now. */
    public boolean reminder(Registration r, Reminder reminder) {
        String key = reminderKeyPrefix(r) + reminder + ":" + r.getEvent().getStartsAt().toEpochSecond();
        boolean dayBefore = reminder == Reminder.DAY_BEFORE;
        return !outbox.isQueued(key) && queue(r, key,
                dayBefore ? "mail.webinar.reminder.DAY_BEFORE.subject" : "mail.webinar.reminder.HOUR_BEFORE.subject",
                dayBefore ? "mail.webinar.reminder.DAY_BEFORE.body" : "mail.webinar.reminder.HOUR_BEFORE.body", false, null);
    }

    /** Withdraws reminders queued for a registration but not sent yet (she cancelled). */
    public void withdrawReminders(Registration r) {
        outbox.withdrawUnsent(reminderKeyPrefix(r));
    }

    /** Keys of the reminders of one registration start with this. */
    static String reminderKeyPrefix(Registration r) {
        return "webinar-reminder:" + r.getId() + ":";
    }

    /** The time or place changed: the new details and an updated calendar file. */
    public void changed(Registration r) {
        queue(r, "webinar-change:" + r.getId() + ":" + r.getEvent().getVersion(), "mail.webinar.changed.subject",
                "mail.webinar.changed.body", true, null);
    }

    /** The event is cancelled; the calendar file marks it cancelled so calendar apps remove it. */
    public void eventCancelled(Registration r) {
        String reason = r.getEvent().getCancelReason();
        queue(r, "webinar-cancelled:" + r.getId(), "mail.webinar.eventCancelled.subject",
                "mail.webinar.eventCancelled.body", true, null,
                reason == null ? null : Messages.text(locale(r.getUser()), "mail.webinar.eventCancelled.reason", reason));
    }

    /** The recording and/or slides are ready. */
    public void materials(Registration r, String recordingUrl, String slidesUrl) {
        Locale locale = locale(r.getUser());
        String lines = (recordingUrl == null ? "" : Messages.text(locale, "mail.webinar.materials.recording", recordingUrl))
                + (slidesUrl == null ? "" : Messages.text(locale, "mail.webinar.materials.slides", slidesUrl));
        String key = "webinar-materials:" + r.getId() + ":" + fingerprint(recordingUrl + "\n" + slidesUrl);
        Event e = r.getEvent();
        send(r.getUser(), key, Messages.text(locale, "mail.webinar.materials.subject", e.getTitle()),
                Messages.text(locale, "mail.webinar.materials.body", e.getTitle(), lines, pageUrl(e)), null);
    }

    private boolean queue(Registration r, String key, String subjectKey, String bodyKey, boolean withCalendar,
                          Integer position) {
        return queue(r, key, subjectKey, bodyKey, withCalendar, position, null);
    }

    /** As above, with a paragraph after the body (e.g. the organiser's reason for a cancellation), or null. */
    private boolean queue(Registration r, String key, String subjectKey, String bodyKey, boolean withCalendar,
                          Integer position, String extra) {
        Event e = r.getEvent();
        Locale locale = locale(r.getUser());
        String subject = Messages.text(locale, subjectKey, e.getTitle());
        String body = Messages.text(locale, bodyKey, e.getTitle(), EventWording.when(e, locale),
                EventWording.place(e, locale), pageUrl(e), position == null ? 0 : position)
                + (extra == null ? "" : "\n\n" + extra);
        MailAttachment ics = withCalendar ? new MailAttachment(e.getEventKey() + ".ics", ICS_TYPE,
                EventCalendar.ics(e, pageUrl(e), host(), OffsetDateTime.now(ZoneOffset.UTC))
                        .getBytes(StandardCharsets.UTF_8)) : null;
        return send(r.getUser(), key, subject, body, ics);
    }

    private boolean send(UserAccount to, String key, String subject, String body, MailAttachment attachment) {
        Locale locale = locale(to);
        String text = Messages.text(locale, "mail.greeting", to.getDisplayName()) + "\n\n" + body + "\n\n"
                + Messages.text(locale, "mail.signature", settings.baseUrl());
        OutgoingMail mail = OutgoingMail.text(key, to.getEmail(), subject, text);
        return outbox.enqueue(attachment == null ? mail : mail.withAttachment(attachment));
    }

    String pageUrl(Event e) {
        return base() + "/webinar/arrangement.xhtml?key=" + URLEncoder.encode(e.getEventKey(), StandardCharsets.UTF_8);
    }

    String host() {
        return Optional.ofNullable(URI.create(base()).getHost()).orElse("laeringsarena");
    }

    private String base() {
        return settings.baseUrl().replaceAll("/+$", "");
    }

    private static Locale locale(UserAccount user) {
        String tag = user.getPreferredLocale();
        return Locale.forLanguageTag(tag == null || tag.isBlank() ? "nb" : tag);
    }

    private static long millis(OffsetDateTime t) {
        return t.toInstant().toEpochMilli();
    }

    private static String fingerprint(String s) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
