package no.laeringsarena.identity.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/** That a provider's subject is this account: how a person who logs in with ID-porten, Feide or OIDC is known. */
@Entity
@Table(name = "oidc_link")
@NamedQuery(name = "OidcLink.bySubject",
        query = "SELECT l FROM OidcLink l WHERE l.provider = :provider AND l.subject = :subject")
@NamedQuery(name = "OidcLink.byUser", query = "SELECT l FROM OidcLink l WHERE l.user.id = :userId ORDER BY l.provider")
public class OidcLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OidcProvider provider;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Version
    private long version;

    protected OidcLink() {
    }

    /** A link for a subject from {@link OidcClaims}, which never holds a national identity number. */
    public OidcLink(UserAccount user, OidcIdentity identity) {
        if (OidcClaims.containsFnrShaped(identity.subject())) {
            throw new IllegalArgumentException("a subject shaped like a national identity number is never stored");
        }
        this.user = user;
        this.provider = identity.provider();
        this.subject = identity.subject();
    }

    public void recordLogin(OffsetDateTime when) {
        this.lastLoginAt = when;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public OidcProvider getProvider() {
        return provider;
    }

    public String getSubject() {
        return subject;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }
}
