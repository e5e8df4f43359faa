package no.laeringsarena.learningrecord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/** A system allowed to use the LRS at /xapi with HTTP Basic: key, PBKDF2 hash of the secret, scopes, revoked. */
@Entity
@Table(name = "lrs_client")
@NamedQuery(name = "LrsClient.byKey", query = "SELECT c FROM LrsClient c WHERE c.clientKey = :key")
@NamedQuery(name = "LrsClient.all", query = "SELECT c FROM LrsClient c ORDER BY c.createdAt")
public class LrsClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_key", nullable = false, length = 100)
    private String clientKey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 400)
    private String secretHash;

    @Column(nullable = false, length = 200)
    private String scopes;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    private long version;

    /** Set only on a client made for a session credential (never stored). */
    @jakarta.persistence.Transient
    private LrsSessionGrant sessionGrant;

    protected LrsClient() {
    }

    /**
     * A client that exists only for one request of a session credential (a cmi5 AU): it may write statements and
     * state and read profiles, within its {@link LrsSessionGrant}. Never persisted.
     */
    public static LrsClient forSession(LrsSessionGrant grant) {
        LrsClient client = new LrsClient(grant.clientKey(), "Økt " + grant.clientKey(), "-",
                java.util.EnumSet.of(LrsScope.STATEMENTS_WRITE, LrsScope.STATE, LrsScope.PROFILE));
        client.sessionGrant = grant;
        return client;
    }

    public java.util.Optional<LrsSessionGrant> sessionGrant() {
        return java.util.Optional.ofNullable(sessionGrant);
    }

    public LrsClient(String clientKey, String name, String secretHash, Set<LrsScope> scopes) {
        this.clientKey = clientKey;
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = scopes.stream().map(LrsScope::scopeName).sorted().collect(Collectors.joining(" "));
    }

    public Long getId() {
        return id;
    }

    public String getClientKey() {
        return clientKey;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Set<LrsScope> scopes() {
        return LrsScope.parse(scopes);
    }

    public String getScopes() {
        return scopes;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void revoke() {
        this.revoked = true;
    }
}
