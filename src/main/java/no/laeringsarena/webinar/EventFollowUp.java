package no.laeringsarena.webinar;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import no.laeringsarena.catalog.CertificateService;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.LessonDraft;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.catalog.MediaType;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningVerb;
import no.laeringsarena.platform.upload.UploadPolicy;

/**
 * The trainer's (kursholder's) follow-up of an event once it has started: who attended (ticked in the list, or from
 * the video service's attendee file), and the recording and slides afterwards, which every participant is told about
 * by mail; the recording may be a link or an uploaded video file, played on the event's page. Attending is a learning
 * event (attended), recorded once per participant, and gives a kursbevis for deltakelse (withdrawn if the mark is
 * taken away). Any kursholder may follow up any event (events have no named trainer yet).
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.KURSHOLDER, Role.SYSTEMADMINISTRATOR})
public class EventFollowUp {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<LearningEvent> learningEvents;

    @Inject
    WebinarMails mails;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CertificateService certificates;

    @Inject
    EventRecordings recordings;

    @Inject
    UploadPolicy uploads;

    Clock clock = Clock.systemUTC();

    /** Everyone with a seat, by name, with whether she is marked as attended. */
    public List<Participant> participants(String key) {
        Event event = find(key);
        Set<Long> attended = attended(event);
        return seated(event).stream()
                .map(r -> new Participant(r.getId(), r.getUser().getDisplayName(), r.getUser().getEmail(),
                        attended.contains(r.getId())))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    public Materials materials(String key) {
        Event e = find(key);
        return new Materials(e.getRecordingUrl(), e.getSlidesUrl(), recordings.file(e.getId()).orElse(null));
    }

    /**
     * The list as ticked: exactly these registrations attended. Returns how many were newly marked (each gets the
     * learning event). Unticking removes the mark; an attended statement already recorded stays in the record.
     */
    public int setAttendance(String key, Set<Long> attendedRegistrationIds) {
        Event event = lockStarted(key);
        Set<Long> seatedIds = new HashSet<>();
        seated(event).forEach(r -> seatedIds.add(r.getId()));
        for (Long id : attended(event)) {
            if (!attendedRegistrationIds.contains(id)) {
                em.createNativeQuery("DELETE FROM event_attendance WHERE registration_id = ?1").setParameter(1, id)
                        .executeUpdate();
                Registration unmarked = em.find(Registration.class, id);
                certificates.withdrawAttendance(unmarked.getUser().getId(), event.getId());
            }
        }
        Set<Long> wanted = new HashSet<>(attendedRegistrationIds);
        wanted.retainAll(seatedIds);
        return mark(event, wanted, AttendanceSource.LIST);
    }

    /**
     * Turns the kursbevis for deltakelse on or off for the event. On: everyone already marked as attended gets hers
     * now; off: those issued are withdrawn (their codes no longer verify). Returns how many certificates were issued
     * or withdrawn.
     */
    public int offerAttendanceCertificates(String key, boolean offered) {
        Event event = lockStarted(key);
        if (event.isAttendanceCertificates() == offered) {
            return 0;
        }
        event.offerAttendanceCertificates(offered);
        Set<Long> attended = attended(event);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (Registration r : seated(event)) {
            if (offered && attended.contains(r.getId())) {
                certificates.issueForAttendance(r.getUser(), event.attendance(), event.getEventKey(), now,
                        r.getUser().getPreferredLocale());
                changed++;
            } else if (!offered && certificates.ownedForEvent(r.getUser().getId(), event.getId()).isPresent()) {
                certificates.withdrawAttendance(r.getUser().getId(), event.getId());
                changed++;
            }
        }
        return changed;
    }

    /** Does attending this event give a kursbevis for deltakelse? */
    public boolean attendanceCertificatesOffered(String key) {
        return find(key).isAttendanceCertificates();
    }

    /**
     * Marks as attended everyone in the video service's attendee file (matched by e-mail, case-insensitively).
     *
     * @throws FollowUpException when the file is too large, empty or not text
     */
    public AttendeeCsv.Result<Long> importAttendees(String key, byte[] file) {
        if (file == null || file.length == 0) {
            throw new FollowUpException("followUp.csv.empty");
        }
        if (file.length > AttendeeCsv.MAX_BYTES) {
            throw new FollowUpException("followUp.csv.tooLarge");
        }
        Event event = lockStarted(key);
        Map<String, Long> byEmail = new LinkedHashMap<>();
        seated(event).forEach(r -> byEmail.put(r.getUser().getEmail().toLowerCase(Locale.ROOT), r.getId()));
        AttendeeCsv.Result<Long> result;
        try {
            String text = AttendeeCsv.decode(file);
            if (text.indexOf('\u0000') >= 0) {
                throw new FollowUpException("followUp.csv.notText");
            }
            result = AttendeeCsv.match(text, byEmail);
        } catch (IllegalArgumentException e) {
            throw new FollowUpException("followUp.csv.tooManyRows");
        }
        mark(event, result.matched(), AttendanceSource.CSV);
        return result;
    }

    /**
     * Saves the links to the recording and the slides (https, either may be blank) and mails every participant
     * with a seat once per new set of links. Returns how many were mailed.
     */
    public int publishMaterials(String key, String recordingUrl, String slidesUrl) {
        String recording = link(recordingUrl);
        String slides = link(slidesUrl);
        if (recording == null && slides == null) {
            throw new FollowUpException("followUp.materials.none");
        }
        Event event = lockStarted(key);
        event.attachMaterials(recording, slides);
        List<Registration> seated = seated(event);
        seated.forEach(r -> mails.materials(r, recording, slides));
        return seated.size();
    }

    /**
     * Keeps an uploaded video file as the event's recording (replacing an earlier one) and mails every participant
     * with a seat that it can be watched on the event's page. Returns how many were mailed.
     *
     * @throws FollowUpException when the file is empty, too large ({@code upload.video.max-bytes}) or not a video
     */
    public int uploadRecording(long userId, String key, String fileName, byte[] content) {
        RecordingUpload.Accepted accepted = RecordingUpload.accept(fileName, content, uploads.maxVideoBytes());
        Event event = lockStarted(key);
        em.createQuery("DELETE FROM EventRecording r WHERE r.eventId = :eventId").setParameter("eventId", event.getId())
                .executeUpdate();
        em.persist(new EventRecording(event, accepted, content, em.find(UserAccount.class, userId), OffsetDateTime.now(clock)));
        em.flush();
        List<Registration> seated = seated(event);
        seated.forEach(r -> mails.materials(r, mails.pageUrl(event), event.getSlidesUrl()));
        return seated.size();
    }

    /** The largest recording file accepted, in bytes. */
    public long maxRecordingBytes() {
        return uploads.maxVideoBytes();
    }

    /** A module of a course the caller may edit, where the recording can go as a video lesson. */
    public record LessonPlace(String courseKey, long moduleId, String courseTitle, String moduleTitle) {

        /** "Course › Module", as the choice list shows it. */
        public String label() {
            return courseTitle + " › " + moduleTitle;
        }
    }

    /** Every module of every course the caller may edit (her own and co-authored; editors and administrators: all). */
    public List<LessonPlace> lessonPlaces(long userId) {
        List<Course> courses = authoring.myCourses(userId).stream().map(CourseAuthoring.AuthoredCourse::course).toList();
        if (courses.isEmpty()) {
            return List.of();
        }
        // one query for every module (the course editor finds a published module's place in a working copy)
        return em.createQuery("""
                SELECT c.courseKey, m.id, c.title, m.title FROM CourseModule m JOIN m.course c
                WHERE c IN :courses ORDER BY c.title, m.position""", Object[].class)
                .setParameter("courses", courses).getResultStream()
                .map(r -> new LessonPlace((String) r[0], (Long) r[1], (String) r[2], (String) r[3])).toList();
    }

    /**
     * Adds the event's recording to a course as a video lesson (optional, at the end of the module), in the course's
     * draft: learners see it once the course holder publishes. The course editor's own checks apply (may she edit
     * that course?). Returns the lesson's title.
     *
     * @throws FollowUpException when there is no recording yet
     */
    public String recordingAsLesson(long userId, String key, String courseKey, long moduleId, Locale locale) {
        Event event = find(key);
        Optional<RecordingFile> file = recordings.file(event.getId());
        if (event.getRecordingUrl() == null && file.isEmpty()) {
            throw new FollowUpException("followUp.lesson.noRecording");
        }
        String title = no.laeringsarena.platform.web.Messages.text(locale, "followUp.lesson.title", event.getTitle());
        if (title.length() > 200) {
            title = title.substring(0, 199) + "…";
        }
        String body = no.laeringsarena.platform.web.Messages.text(locale, "followUp.lesson.body", event.getTitle(),
                EventWording.when(event, locale)) + "\n\n" + event.getDescriptionMarkdown();
        // an uploaded file is copied into the course's files (the course's own size limit applies); else the link
        if (file.isPresent() && file.get().sizeBytes() > authoring.maxMediaBytes()) {
            throw new FollowUpException("recording.error.tooLargeForCourse", authoring.maxMediaBytes() / (1024 * 1024));
        }
        String video = file.isEmpty() ? event.getRecordingUrl()
                : authoring.upload(userId, courseKey, file.get().fileName(),
                        recordings.bytes(event.getId(), 0, (int) file.get().sizeBytes()), MediaType.Use.VIDEO).reference();
        authoring.addLesson(userId, courseKey, moduleId,
                new LessonDraft(title, LessonKind.VIDEO, false, body, video, null));
        return title;
    }

    private int mark(Event event, Set<Long> registrationIds, AttendanceSource source) {
        Set<Long> already = attended(event);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int marked = 0;
        for (Registration r : seated(event)) {
            if (registrationIds.contains(r.getId()) && !already.contains(r.getId())) {
                em.createNativeQuery("INSERT INTO event_attendance (registration_id, source, marked_at) "
                                + "VALUES (?1, ?2, CAST(?3 AS timestamptz)) ON CONFLICT DO NOTHING")
                        .setParameter(1, r.getId()).setParameter(2, source.name()).setParameter(3, now.toString())
                        .executeUpdate();
                learningEvents.fire(new LearningEvent(r.getUser().getId(), LearningVerb.ATTENDED,
                        LearningObject.of(LearningObjectKind.WEBINAR, event.getEventKey(), event.getTitle()), null, null,
                        null, r.getUser().getPreferredLocale(), now));
                if (event.isAttendanceCertificates()) {
                    certificates.issueForAttendance(r.getUser(), event.attendance(), event.getEventKey(), now,
                            r.getUser().getPreferredLocale());
                }
                marked++;
            }
        }
        return marked;
    }

    /** A link the trainer gave: blank is none; otherwise it must be an absolute https address. */
    static String link(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            URI uri = URI.create(v);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || v.length() > 1000) {
                throw new FollowUpException("followUp.materials.badLink");
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw new FollowUpException("followUp.materials.badLink");
        }
    }

    private Event find(String key) {
        return em.createNamedQuery("Event.byKey", Event.class).setParameter("key", key).getResultStream().findFirst()
                .orElseThrow(() -> new FollowUpException("followUp.noEvent"));
    }

    /** The event under its row lock (as registrations take it), once it has started. */
    private Event lockStarted(String key) {
        Event event = em.createNamedQuery("Event.byKey", Event.class).setParameter("key", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new FollowUpException("followUp.noEvent"));
        if (OffsetDateTime.now(clock).isBefore(event.getStartsAt())) {
            throw new FollowUpException("followUp.notStarted");
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new FollowUpException("followUp.cancelled");
        }
        return event;
    }

    private List<Registration> seated(Event event) {
        return em.createNamedQuery("Registration.active", Registration.class).setParameter("eventId", event.getId())
                .getResultStream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).toList();
    }

    private Set<Long> attended(Event event) {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("""
                SELECT a.registration_id FROM event_attendance a JOIN event_registration r ON r.id = a.registration_id
                WHERE r.event_id = ?1""").setParameter(1, event.getId()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }
}
