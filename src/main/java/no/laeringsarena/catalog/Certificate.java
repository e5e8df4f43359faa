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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/**
 * A kursbevis: proof that a person completed a course, or attended an event (webinar or fysisk kurs: a kursbevis for
 * deltakelse), with the name and title as printed and a random, unguessable verification code anyone can check on the
 * public verification page. Exactly one of course and event. Never changed once issued.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(name = "Certificate.byUser", query = "SELECT c FROM Certificate c WHERE c.user.id = :userId ORDER BY c.issuedAt DESC")
@NamedQuery(name = "Certificate.byUserAndCourse",
        query = "SELECT c FROM Certificate c WHERE c.user.id = :userId AND c.course.id = :courseId")
@NamedQuery(name = "Certificate.byUserAndEvent",
        query = "SELECT c FROM Certificate c WHERE c.user.id = :userId AND c.eventId = :eventId")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "user_id")
    private UserAccount user;

    /** Null on an attendance certificate. */
    @ManyToOne
    @JoinColumn(name = "course_id")
    private Course course;

    /** The event attended (webinar package), or null on a course certificate. */
    @Column(name = "event_id")
    private Long eventId;

    /** The event's day in Oslo, on an attendance certificate. */
    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    /** The course's or the event's title, as printed. */
    @Column(name = "course_title", nullable = false, length = 200)
    private String title;

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
        this.title = course.getTitle();
        this.issuedAt = issuedAt;
        this.hours = CompletionRule.hours(course.getDurationMinutes());
        this.verificationCode = verificationCode;
    }

    private Certificate(UserAccount user, Attendance attendance, OffsetDateTime issuedAt, String verificationCode) {
        this.user = user;
        this.eventId = attendance.eventId();
        this.holderName = user.getDisplayName();
        this.title = attendance.title();
        this.heldOn = attendance.heldOn();
        this.issuedAt = issuedAt;
        this.hours = CompletionRule.hours(attendance.durationMinutes());
        this.verificationCode = verificationCode;
    }

    /** What an attendance certificate says about the event: which, its title, its day in Oslo and its length. */
    public record Attendance(long eventId, String title, LocalDate heldOn, int durationMinutes) {

        public Attendance {
            if (title == null || title.isBlank() || heldOn == null || durationMinutes <= 0) {
                throw new IllegalArgumentException("an attendance needs a title, a day and a length");
            }
            title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        }
    }

    /** A kursbevis for deltakelse: the holder attended the event. */
    public static Certificate forAttendance(UserAccount user, Attendance attendance, OffsetDateTime issuedAt,
                                            String verificationCode) {
        return new Certificate(user, attendance, issuedAt, verificationCode);
    }

    public Long getId() {
        return id;
    }

    /** Null once the holder has deleted their account. */
    public UserAccount getUser() {
        return user;
    }

    /** The course completed, or null on an attendance certificate. */
    public Course getCourse() {
        return course;
    }

    /** The event attended, or null on a course certificate. */
    public Long getEventId() {
        return eventId;
    }

    public boolean isAttendance() {
        return eventId != null;
    }

    /** The day the certificate is for: the event's day for attendance, else the day it was issued (in Oslo). */
    public LocalDate getDate() {
        return heldOn != null ? heldOn : issuedAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Oslo")).toLocalDate();
    }

    public String getHolderName() {
        return holderName;
    }

    /** The title as printed: of the course, or of the event attended. */
    public String getTitle() {
        return title;
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
