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
                        "Kursbevis: " + certificate.getCourseTitle()),
                LearningService.courseObject(enrolment.getCourse()), enrolment.getRegistration(), null, language, now));
        return certificate;
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
