package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningVerb;

/**
 * Certificates (kursbevis): issued once per learner and course, shown and downloaded only by their owner, and
 * verified by anyone who has the code — the verification tells the course, the name and the date, nothing more.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    Event<LearningEvent> learningEvents;

    /** The learner's certificate for the enrolment's course, issued now (earned event) if she has none yet. */
    Certificate issueIfAbsent(Enrolment enrolment, OffsetDateTime now, String language) {
        Optional<Certificate> existing = ownedFor(enrolment.getUser().getId(), enrolment.getCourse().getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Certificate certificate = new Certificate(enrolment.getUser(), enrolment.getCourse(), now, freshCode());
        em.persist(certificate);
        em.flush();
        learningEvents.fire(new LearningEvent(enrolment.getUser().getId(), LearningVerb.EARNED,
                LearningObject.of(LearningObjectKind.CERTIFICATE, certificate.getVerificationCode(),
                        "Kursbevis: " + certificate.getTitle()),
                LearningService.courseObject(enrolment.getCourse()), enrolment.getRegistration(), null, language, now));
        return certificate;
    }

    /**
     * The person's kursbevis for deltakelse at an event, issued now (earned event, under the event) if she has none
     * yet. Called by the trainer's follow-up when her attendance is recorded.
     */
    public Certificate issueForAttendance(UserAccount holder, Certificate.Attendance attendance, String eventKey,
                                          OffsetDateTime now, String language) {
        Optional<Certificate> existing = ownedForEvent(holder.getId(), attendance.eventId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Certificate certificate = Certificate.forAttendance(holder, attendance, now, freshCode());
        em.persist(certificate);
        em.flush();
        learningEvents.fire(new LearningEvent(holder.getId(), LearningVerb.EARNED,
                LearningObject.of(LearningObjectKind.CERTIFICATE, certificate.getVerificationCode(),
                        "Kursbevis for deltakelse: " + certificate.getTitle()),
                LearningObject.of(LearningObjectKind.WEBINAR, eventKey, attendance.title()), null, null, language, now));
        return certificate;
    }

    /**
     * Withdraws the person's attendance certificate when the trainer unmarks her attendance (it was recorded by
     * mistake): the code no longer verifies. A certificate whose holder deleted her account is not hers to lose here.
     */
    public void withdrawAttendance(long userId, long eventId) {
        ownedForEvent(userId, eventId).ifPresent(em::remove);
    }

    public Optional<Certificate> ownedForEvent(long userId, long eventId) {
        return em.createNamedQuery("Certificate.byUserAndEvent", Certificate.class)
                .setParameter("userId", userId).setParameter("eventId", eventId).getResultStream().findFirst();
    }

    /** The certificate with this id if, and only if, this user owns it. */
    public Optional<Certificate> owned(long userId, long certificateId) {
        return Optional.ofNullable(em.find(Certificate.class, certificateId))
                .filter(c -> c.getUser() != null && c.getUser().getId() == userId);
    }

    public Optional<Certificate> ownedFor(long userId, long courseId) {
        return em.createNamedQuery("Certificate.byUserAndCourse", Certificate.class)
                .setParameter("userId", userId).setParameter("courseId", courseId).getResultStream().findFirst();
    }

    public List<Certificate> owned(long userId) {
        return em.createNamedQuery("Certificate.byUser", Certificate.class).setParameter("userId", userId).getResultList();
    }

    /** The certificate a typed code belongs to, if it is a well-formed code that was issued. */
    public Optional<Certificate> verify(String typedCode) {
        String code = VerificationCode.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private String freshCode() {
        while (true) {
            String code = VerificationCode.generate();
            if (verify(code).isEmpty()) {
                return code;
            }
        }
    }
}
