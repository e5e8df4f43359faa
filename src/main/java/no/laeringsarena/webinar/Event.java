package no.laeringsarena.webinar;

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
import java.util.Objects;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.taxonomy.TaxonomyTerm;

/**
 * A webinar or an in-person course (fagdag) people register for. {@code eventKey} is the stable key from the
 * content folder. Times are instants, defined and shown in Oslo time ({@link OsloTime}). The status FULL is kept
 * up to date by {@link RegistrationService} under a row lock on this event; HELD follows from the clock.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = "Event.byKey", query = "SELECT e FROM Event e WHERE e.eventKey = :key")
@NamedQuery(name = "Event.endingAfter",
        query = "SELECT e FROM Event e WHERE e.endsAt > :now AND e.status <> no.laeringsarena.webinar.EventStatus.PLANNED ORDER BY e.startsAt, e.title")
@NamedQuery(name = "Event.plannedInPlatform",
        query = "SELECT e FROM Event e WHERE e.authoredInPlatform = true ORDER BY e.startsAt DESC")
@NamedQuery(name = "Event.plannedBy",
        query = "SELECT e FROM Event e WHERE e.authoredInPlatform = true AND e.plannedBy.id = :userId ORDER BY e.startsAt DESC")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_key", nullable = false, unique = true, length = 100)
    private String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "description_md", nullable = false)
    private String descriptionMarkdown = "";

    @Column(nullable = false, length = 500)
    private String speakers = "";

    @Column(nullable = false, length = 300)
    private String audience = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    private TaxonomyTerm sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private TaxonomyTerm theme;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "registration_deadline", nullable = false)
    private OffsetDateTime registrationDeadline;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "waiting_list", nullable = false)
    private boolean waitingList = true;

    @Column(length = 200)
    private String venue;

    @Column(length = 300)
    private String address;

    @Column(length = 100)
    private String room;

    @Column(name = "join_url", length = 1000)
    private String joinUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status = EventStatus.OPEN;

    @Column(name = "recording_url", length = 1000)
    private String recordingUrl;

    @Column(name = "slides_url", length = 1000)
    private String slidesUrl;

    @Column(name = "attendance_certificates", nullable = false)
    private boolean attendanceCertificates = true;

    @Column(name = "authored_in_platform", nullable = false)
    private boolean authoredInPlatform;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "planned_by")
    private UserAccount plannedBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "questions_thread_id")
    private Long questionsThreadId;

    @Version
    private long version;

    protected Event() {
    }

    public Event(String eventKey) {
        this.eventKey = Objects.requireNonNull(eventKey);
    }

    /** A new event written in the event planner by a kursholder (not from the content folder). */
    static Event planned(String eventKey, UserAccount by) {
        Event event = new Event(eventKey);
        event.authoredInPlatform = true;
        event.plannedBy = by;
        return event;
    }

    /** Cancelled by its planner; the reason (may be null) is told to the participants. */
    void cancel(String reason) {
        this.status = EventStatus.CANCELLED;
        this.cancelReason = reason;
    }

    /** Sets what the content folder says. Keeps FULL when the content says open and the seats are taken. */
    public void describe(EventContent c, TaxonomyTerm sector, TaxonomyTerm theme) {
        this.kind = c.kind();
        this.title = c.title();
        this.descriptionMarkdown = c.descriptionMarkdown() == null ? "" : c.descriptionMarkdown();
        this.speakers = c.speakers() == null ? "" : c.speakers();
        this.audience = c.audience() == null ? "" : c.audience();
        if (this.sector != sector) {
            this.sector = sector;
        }
        if (this.theme != theme) {
            this.theme = theme;
        }
        if (!c.startsAt().isEqual(orFar(startsAt))) {
            this.startsAt = c.startsAt();
        }
        if (!c.endsAt().isEqual(orFar(endsAt))) {
            this.endsAt = c.endsAt();
        }
        if (!c.registrationDeadline().isEqual(orFar(registrationDeadline))) {
            this.registrationDeadline = c.registrationDeadline();
        }
        this.capacity = c.capacity();
        this.waitingList = c.waitingList();
        this.venue = c.venue();
        this.address = c.address();
        this.room = c.room();
        this.joinUrl = c.joinUrl();
        if (!(c.status() == EventStatus.OPEN && status == EventStatus.FULL)) {
            this.status = c.status();
        }
    }

    private static OffsetDateTime orFar(OffsetDateTime t) {
        return t == null ? OffsetDateTime.MIN : t;
    }

    /** The status a visitor sees now: HELD once it has ended (unless cancelled). */
    public EventStatus statusAt(OffsetDateTime now) {
        if (status != EventStatus.CANCELLED && !now.isBefore(endsAt)) {
            return EventStatus.HELD;
        }
        return status;
    }

    /** Open for sign-up: open or full (then onto the waiting list), before the deadline and the start. */
    public boolean isRegistrationOpen(OffsetDateTime now) {
        EventStatus current = statusAt(now);
        boolean statusAllows = current == EventStatus.OPEN || (current == EventStatus.FULL && waitingList);
        return statusAllows && now.isBefore(registrationDeadline) && now.isBefore(startsAt);
    }

    /** Marks the event full or open again after the seats changed; never touches cancelled or planned events. */
    void seatsTaken(long registered) {
        if (status == EventStatus.OPEN || status == EventStatus.FULL) {
            status = registered >= capacity ? EventStatus.FULL : EventStatus.OPEN;
        }
    }

    /** Is it time to show the join link (15 minutes before the start until the end)? */
    public boolean isJoinWindow(OffsetDateTime now) {
        return !now.isBefore(startsAt.minus(OsloTime.JOIN_WINDOW)) && now.isBefore(endsAt)
                && status != EventStatus.CANCELLED;
    }

    /**
     * What a kursbevis for deltakelse says about this (saved) event: its title, its first day in Oslo and its length
     * from start to end in real time (across a DST change too).
     */
    Certificate.Attendance attendance() {
        long minutes = OsloTime.length(startsAt, endsAt).toMinutes();
        return new Certificate.Attendance(id, title, OsloTime.inOslo(startsAt).toLocalDate(),
                (int) Math.clamp(minutes, 1, Integer.MAX_VALUE));
    }

    /** The trainer's links after the event (either may be null). */
    void attachMaterials(String recording, String slides) {
        this.recordingUrl = recording;
        this.slidesUrl = slides;
    }

    /** Written in the event planner, so changed there; events from the content folder change through their file. */
    public boolean isAuthoredInPlatform() {
        return authoredInPlatform;
    }

    public UserAccount getPlannedBy() {
        return plannedBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** The forum thread for questions before the event, or null. */
    public Long getQuestionsThreadId() {
        return questionsThreadId;
    }

    void questionsIn(long forumThreadId) {
        this.questionsThreadId = forumThreadId;
    }

    public boolean isWebinar() {
        return kind == EventKind.WEBINAR;
    }

    public Long getId() {
        return id;
    }

    public String getEventKey() {
        return eventKey;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescriptionMarkdown() {
        return descriptionMarkdown;
    }

    public String getSpeakers() {
        return speakers;
    }

    public String getAudience() {
        return audience;
    }

    public TaxonomyTerm getSector() {
        return sector;
    }

    public TaxonomyTerm getTheme() {
        return theme;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public OffsetDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isWaitingList() {
        return waitingList;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    public String getRoom() {
        return room;
    }

    /** Only for the service and the calendar; pages get it through {@link RegistrationService#joinUrlFor}. */
    String getJoinUrl() {
        return joinUrl;
    }

    /** Only for the service; participants get it through {@link RegistrationService#materialsFor}. */
    String getRecordingUrl() {
        return recordingUrl;
    }

    String getSlidesUrl() {
        return slidesUrl;
    }

    /** Does attending give a kursbevis for deltakelse (the trainer's choice; yes unless turned off)? */
    public boolean isAttendanceCertificates() {
        return attendanceCertificates;
    }

    void offerAttendanceCertificates(boolean offered) {
        this.attendanceCertificates = offered;
    }

    public EventStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "arrangement " + eventKey;
    }
}
