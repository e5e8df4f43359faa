package no.laeringsarena.audit;

import java.util.Locale;

/** The kinds of lines in the audit log. */
public enum AuditEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    ORGANISATION_ADDED,
    UNIT_ADDED,
    PLACED_IN_UNIT,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    ROLES_GRANTED,
    STAFF_IMPORTED,
    INVITATION_SENT,
    FORUM_MODERATION,
    FORUM_SUSPENSION,
    FORUM_SUSPENSION_LIFTED,
    PERSONAL_DATA_EXPORTED,
    ACCOUNT_DELETED,
    CMI5_AU_WAIVED,
    LOGIN_PROVIDER_UNLINKED,
    LOGGED_OUT_AT_PROVIDER;

    /** Message-bundle key of the type's name. */
    public String messageKey() {
        return "audit.type." + name().toLowerCase(Locale.ROOT);
    }
}
