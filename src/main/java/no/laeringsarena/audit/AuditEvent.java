package no.laeringsarena.audit;

import java.util.Objects;

/**
 * What is to be written to the audit log. The actor is the person who acted (account id and the e-mail address at
 * the time), or none: then the audit log fills in the caller of the current request, or "anonym". The target says
 * what was acted on (for example {@code konto 42} or an attempted e-mail address); details add what changed. Never
 * put a password or a person's content in either.
 *
 * @param actorId    the acting account, or null
 * @param actorLabel the acting account's e-mail address at the time, or null
 */
public record AuditEvent(AuditEventType type, Long actorId, String actorLabel, String target, String details) {

    public static final String ANONYMOUS = "anonym";
    static final int MAX_TARGET = 300;
    static final int MAX_DETAILS = 1000;

    public AuditEvent {
        Objects.requireNonNull(type, "type");
        target = clip(target, MAX_TARGET);
        details = clip(details, MAX_DETAILS);
    }

    /** An event by the caller of the current request (or "anonym" outside one). */
    public static AuditEvent byCaller(AuditEventType type, String target, String details) {
        return new AuditEvent(type, null, null, target, details);
    }

    /** An event by a known account. */
    public static AuditEvent by(long actorId, String actorEmail, AuditEventType type, String target, String details) {
        return new AuditEvent(type, actorId, actorEmail, target, details);
    }

    /** An event with no logged-in actor, such as a refused login. */
    public static AuditEvent anonymous(AuditEventType type, String target, String details) {
        return new AuditEvent(type, null, ANONYMOUS, target, details);
    }

    /** The target "konto 42": an account by its id only. */
    public static String account(long id) {
        return "konto " + id;
    }

    public boolean hasActor() {
        return actorLabel != null;
    }

    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
