package no.laeringsarena.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/**
 * A kursbevis: proof that a person completed a course, with the name and title as printed and a random,
 * unguessable verification code anyone can check on the public verification page. Never changed once issued.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(name = "Certificate.byUser", query = "SELECT c FROM Certificate c WHERE c.user.id = :userId ORDER BY c.issuedAt DESC")
@NamedQuery(name = "Certificate.byUserAndCourse",
        query = "SELECT c FROM Certificate c WHERE c.user.id = :userId AND c.course.id = :courseId")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(name = "verification_code", nullable = false, unique = true, length = 20)
    private String verificationCode;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected Certificate() {
    }

    public Certificate(UserAccount user, Course course, OffsetDateTime issuedAt, String verificationCode) {
        this.user = user;
        this.course = course;
        this.holderName = user.getDisplayName();
        this.courseTitle = course.getTitle();
        this.issuedAt = issuedAt;
        this.hours = CompletionRule.hours(course.getDurationMinutes());
        this.verificationCode = verificationCode;
    }

    public Long getId() {
        return id;
    }

    /** Null once the holder has deleted their account. */
    public UserAccount getUser() {
        return user;
    }

    public Course getCourse() {
        return course;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** The holder's account was deleted (the certificate itself may be kept or revoked). */
    public boolean isHolderDeleted() {
        return user == null;
    }
}
