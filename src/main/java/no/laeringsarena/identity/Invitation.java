package no.laeringsarena.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret link through which a person sets their first password. The token itself is shown once, to whoever
 * creates the invitation; only its SHA-256 is stored. A link works once and for {@link #VALID_FOR}.
 */
@Entity
@Table(name = "user_invitation")
@NamedQuery(name = "Invitation.byTokenHash", query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
public class Invitation {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected Invitation() {
    }

    private Invitation(UserAccount user, String tokenHash, UserAccount createdBy, OffsetDateTime now) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** A new invitation and its token (to put in the link; never stored). */
    public record Issued(Invitation invitation, String token) {
    }

    public static Issued issue(UserAccount user, UserAccount createdBy, OffsetDateTime now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new Invitation(user, hash(token), createdBy, now), token);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isUsable(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && user.isActive();
    }

    public void markUsed(OffsetDateTime now) {
        this.usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
