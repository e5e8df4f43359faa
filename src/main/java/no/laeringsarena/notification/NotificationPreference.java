package no.laeringsarena.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A user's choice of e-mail for notifications (none, immediately, daily digest; a daily digest unless changed)
 * and the secret token of their one-click unsubscribe link.
 */
@Entity
@Table(name = "notification_preference")
@NamedQuery(name = "NotificationPreference.byToken", query = "SELECT p FROM NotificationPreference p WHERE p.unsubscribeToken = :token")
public class NotificationPreference {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_frequency", nullable = false, length = 20)
    private EmailFrequency emailFrequency = EmailFrequency.DAILY_DIGEST;

    @Column(name = "unsubscribe_token", nullable = false, unique = true, length = 64)
    private String unsubscribeToken;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    NotificationPreference(Long userId) {
        this.userId = userId;
        this.unsubscribeToken = newToken();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    void choose(EmailFrequency frequency) {
        this.emailFrequency = frequency;
    }

    public Long getUserId() {
        return userId;
    }

    public EmailFrequency getEmailFrequency() {
        return emailFrequency;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }
}
