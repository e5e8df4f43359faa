package no.laeringsarena.elearning.scorm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.laeringsarena.identity.UserAccount;

/**
 * A learner's attempt at a SCO: the data model's values (as JSON), the total time, the session running now, and
 * what the SCO reported. A new attempt begins when the last one ended without exit=suspend (SCORM 1.2: and was
 * completed, passed or failed); otherwise the next launch continues it.
 */
@Entity
@Table(name = "scorm_attempt")
@NamedQuery(name = "ScormAttempt.latest", query = "SELECT a FROM ScormAttempt a WHERE a.sco = :sco AND a.user.id = :userId "
        + "ORDER BY a.attemptNumber DESC")
@NamedQuery(name = "ScormAttempt.bySession", query = "SELECT a FROM ScormAttempt a WHERE a.sessionId = :session")
public class ScormAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sco_id")
    private ScormSco sco;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(nullable = false)
    private String cmi = "{}";

    @Column(name = "total_time_cs", nullable = false)
    private long totalTimeCentis;

    /** A UUID, kept as text: EclipseLink binds a null UUID as varchar, which PostgreSQL refuses for a uuid column. */
    @Column(name = "session_id", length = 36)
    private String sessionId;

    @Column(nullable = false)
    private int sessions;

    @Column(name = "completion_status", length = 20)
    private String completionStatus;

    @Column(name = "success_status", length = 20)
    private String successStatus;

    @Column(name = "score_scaled")
    private Double scoreScaled;

    @Column(name = "reported_status", length = 20)
    private String reportedStatus;

    @Column(name = "satisfied_at")
    private OffsetDateTime satisfiedAt;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ScormAttempt() {
    }

    ScormAttempt(ScormSco sco, UserAccount user, int attemptNumber, OffsetDateTime now) {
        this.sco = sco;
        this.user = user;
        this.attemptNumber = attemptNumber;
        this.startedAt = now;
        this.updatedAt = now;
    }

    CmiValues values() {
        return CmiValues.fromJson(cmi);
    }

    Duration totalTime() {
        return Duration.ofMillis(totalTimeCentis * 10);
    }

    void startSession(UUID session, CmiValues values, OffsetDateTime now) {
        this.sessionId = session.toString();
        this.sessions++;
        store(values, now);
    }

    void store(CmiValues values, OffsetDateTime now) {
        this.cmi = values.toJson();
        ScoOutcome outcome = CmiRules.outcome(sco.getVersion(), values);
        this.completionStatus = outcome.completed() ? "completed" : "incomplete";
        this.successStatus = outcome.success() == null ? null : outcome.success() ? "passed" : "failed";
        this.scoreScaled = outcome.scaled();
        this.updatedAt = now;
    }

    void endSession(Duration total, OffsetDateTime now) {
        this.totalTimeCentis = total.toMillis() / 10;
        this.sessionId = null;
        this.updatedAt = now;
    }

    /** Marks the status as reported; true when it is news. */
    boolean report(String status) {
        if (status.equals(reportedStatus)) {
            return false;
        }
        reportedStatus = status;
        return true;
    }

    /** Marks the attempt as having met the lesson's criteria; true the first time. */
    boolean satisfy(OffsetDateTime now) {
        if (satisfiedAt != null) {
            return false;
        }
        satisfiedAt = now;
        return true;
    }

    boolean satisfiedAtSet() {
        return satisfiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public ScormSco getSco() {
        return sco;
    }

    public UserAccount getUser() {
        return user;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public UUID getSessionId() {
        return sessionId == null ? null : UUID.fromString(sessionId);
    }

    public int getSessions() {
        return sessions;
    }
}
