package no.laeringsarena.elearning;

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
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One launch of an AU by a learner. The fetch token (one use) and the auth token are kept only as SHA-256 hashes.
 */
@Entity
@Table(name = "cmi5_session")
@NamedQuery(name = "Cmi5Session.byFetchHash", query = "SELECT s FROM Cmi5Session s WHERE s.fetchHash = :hash")
@NamedQuery(name = "Cmi5Session.byAuthKey", query = "SELECT s FROM Cmi5Session s WHERE s.authKey = :key")
@NamedQuery(name = "Cmi5Session.open", query = "SELECT s FROM Cmi5Session s WHERE s.userId = :userId AND s.au = :au AND s.endedAt IS NULL")
@NamedQuery(name = "Cmi5Session.bySessionId", query = "SELECT s FROM Cmi5Session s WHERE s.sessionId = :id")
public class Cmi5Session {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, unique = true)
    private UUID sessionId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "au_id")
    private Cmi5Au au;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_key", nullable = false, length = 100)
    private String courseKey;

    @Column(name = "lesson_key", nullable = false, length = 100)
    private String lessonKey;

    @Column(nullable = false)
    private UUID registration;

    @Column(name = "launch_mode", nullable = false, length = 20)
    private String launchMode;

    @Column(name = "fetch_hash", nullable = false, length = 64)
    private String fetchHash;

    @Column(name = "fetched_at")
    private OffsetDateTime fetchedAt;

    @Column(name = "auth_key", length = 64)
    private String authKey;

    @Column(name = "auth_hash", length = 64)
    private String authHash;

    @Column(name = "launched_at", nullable = false)
    private OffsetDateTime launchedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "ended_how", length = 20)
    private String endedHow;

    @Column(nullable = false)
    private boolean preview;

    protected Cmi5Session() {
    }

    Cmi5Session(Cmi5Au au, long userId, String courseKey, String lessonKey, UUID registration, Cmi5LaunchMode mode,
                String fetchHash, OffsetDateTime now, OffsetDateTime expiresAt) {
        this.sessionId = UUID.randomUUID();
        this.au = au;
        this.userId = userId;
        this.courseKey = courseKey;
        this.lessonKey = lessonKey;
        this.registration = registration;
        this.launchMode = mode.value();
        this.fetchHash = fetchHash;
        this.launchedAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isFetched() {
        return fetchedAt != null;
    }

    void fetched(String authKey, String authHash, OffsetDateTime now) {
        this.fetchedAt = now;
        this.authKey = authKey;
        this.authHash = authHash;
    }

    void end(String how, OffsetDateTime now) {
        this.endedAt = now;
        this.endedHow = how;
    }

    public boolean isLive(OffsetDateTime now) {
        return endedAt == null && now.isBefore(expiresAt);
    }

    /** A course holder's preview: Browse mode, never anyone's progress. */
    void markPreview() {
        preview = true;
    }

    public boolean isPreview() {
        return preview;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public Cmi5Au getAu() {
        return au;
    }

    public long getUserId() {
        return userId;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public UUID getRegistration() {
        return registration;
    }

    public Cmi5LaunchMode getLaunchMode() {
        return Cmi5LaunchMode.of(launchMode);
    }

    String getAuthHash() {
        return authHash;
    }

    public OffsetDateTime getLaunchedAt() {
        return launchedAt;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public String getEndedHow() {
        return endedHow;
    }
}
