package no.laeringsarena.identity.scim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import no.laeringsarena.identity.Invitation;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.UserAccount;

/**
 * A bearer token through which one organisation's own system provisions that organisation's people and units.
 * The token is shown once, to the administrator who creates it; only its SHA-256 is stored. Revoked tokens stay
 * (who made it, when it was last used) but no longer open anything.
 */
@Entity
@Table(name = "scim_token")
public class ScimToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 200)
    private String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ScimToken() {
    }

    /** A new token and its secret (to show once; never stored). */
    public record Issued(ScimToken token, String secret) {
    }

    public static Issued issue(Organisation organisation, String label, UserAccount createdBy, OffsetDateTime now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "scim_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ScimToken token = new ScimToken();
        token.organisation = organisation;
        token.tokenHash = Invitation.hash(secret);
        token.label = label;
        token.createdBy = createdBy;
        token.createdAt = now;
        return new Issued(token, secret);
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void recordUse(OffsetDateTime now) {
        lastUsedAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getLabel() {
        return label;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }
}
