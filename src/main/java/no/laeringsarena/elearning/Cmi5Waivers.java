package no.laeringsarena.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.LearningService;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearnerPseudonyms;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.StatementStore;
import no.laeringsarena.platform.PlatformSettings;

/**
 * A course holder (who may edit the course) waives a cmi5 AU for a learner enrolled in it, with one of the cmi5
 * reasons: the platform writes the "waived" statement in a session of its own, the AU counts as having met its
 * moveOn, and so the lesson is completed (and the course, with its "satisfied" statement and kursbevis, when that was
 * the last one). An AU is waived once per learner; one already met is not waived. Each waiver is in the audit log.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
public class Cmi5Waivers {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    CourseAuthoring authoring;

    @Inject
    LearningService learning;

    @Inject
    IdentityService identity;

    @Inject
    Cmi5Progress progress;

    @Inject
    StatementStore statements;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    @Inject
    AuditLog audit;

    /** A cmi5 lesson of the published course that may be waived. */
    public record WaivableUnit(String lessonKey, String title) implements java.io.Serializable {
    }

    /** A waiver given: whom, which unit, why, when. */
    public record Waiver(String learnerName, String learnerEmail, String unitTitle, Cmi5WaiverReason reason,
                         OffsetDateTime waivedAt) implements java.io.Serializable {
    }

    /** The cmi5 lessons of the course as published, in course order. */
    public List<WaivableUnit> units(long holderId, String courseKey) {
        Course course = authoring.editableCourse(holderId, courseKey);
        return course.lessons().stream().filter(l -> auOf(course, l).isPresent())
                .map(l -> new WaivableUnit(l.getLessonKey(), l.getTitle())).toList();
    }

    /** The waivers given in the course's packages, newest first. */
    public List<Waiver> waivers(long holderId, String courseKey) {
        Course course = authoring.editableCourse(holderId, courseKey);
        List<Waiver> waivers = new ArrayList<>();
        for (ElearningPackage elearningPackage : em.createQuery(
                "SELECT p FROM ElearningPackage p WHERE p.course = :course", ElearningPackage.class)
                .setParameter("course", course.root()).getResultList()) {
            for (Cmi5AuState state : em.createNamedQuery("Cmi5AuState.waivedInPackage", Cmi5AuState.class)
                    .setParameter("p", elearningPackage).getResultList()) {
                UserAccount learner = em.find(UserAccount.class, state.getUserId());
                waivers.add(new Waiver(learner == null ? "" : learner.getDisplayName(),
                        learner == null ? "" : learner.getEmail(), state.getAu().getTitle(), state.getWaivedReason(),
                        state.getWaivedAt()));
            }
        }
        waivers.sort((a, b) -> b.waivedAt().compareTo(a.waivedAt()));
        return waivers;
    }

    /**
     * Waives the unit of the lesson for the learner with that e-mail address.
     *
     * @throws AuthoringException with a message key when the learner, the unit or the state does not allow it
     */
    public void waive(long holderId, String courseKey, String lessonKey, String learnerEmail, Cmi5WaiverReason reason) {
        Course course = authoring.editableCourse(holderId, courseKey);
        if (reason == null) {
            throw new AuthoringException("reason", "elearning.waiver.error.reason");
        }
        Lesson lesson = course.lesson(lessonKey == null ? "" : lessonKey)
                .orElseThrow(() -> new AuthoringException("unit", "elearning.waiver.error.unit"));
        Cmi5Au au = auOf(course, lesson).orElseThrow(() -> new AuthoringException("unit", "elearning.waiver.error.unit"));
        String email = learnerEmail == null ? "" : learnerEmail.strip().toLowerCase(Locale.ROOT);
        UserAccount learner = identity.findByEmail(email)
                .orElseThrow(() -> new AuthoringException("learner", "elearning.waiver.error.learner", email));
        if (learning.enrolment(learner.getId(), courseKey).isEmpty()) {
            throw new AuthoringException("learner", "elearning.waiver.error.not-enrolled", email);
        }
        Cmi5AuState state = progress.stateOf(au, learner.getId());
        if (state.isWaived()) {
            throw new AuthoringException("unit", "elearning.waiver.error.already-waived");
        }
        if (state.isSatisfied()) {
            throw new AuthoringException("unit", "elearning.waiver.error.already-met");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        state.waive(reason, holderId, now);
        String baseUrl = settings.baseUrl();
        JsonObject actor = LearningStatements.learner(baseUrl, pseudonyms.of(learner.getId()));
        UUID sessionId = UUID.randomUUID();
        statements.store(List.of(Cmi5Statements.waived(actor, au, au.activityId(baseUrl), state.getRegistration(),
                sessionId, reason, now)), LearningStatements.platformAuthority(baseUrl), null);
        progress.satisfyIfMet(state, courseKey, lesson.getLessonKey(), sessionId, actor, now);
        audit.record(AuditEvent.byCaller(AuditEventType.CMI5_AU_WAIVED, AuditEvent.account(learner.getId()),
                "kurs " + courseKey + ", leksjon " + lesson.getLessonKey() + ", grunn " + reason.value()));
    }

    private Optional<Cmi5Au> auOf(Course course, Lesson lesson) {
        if (lesson.getKind() != LessonKind.PACKAGE || lesson.getMediaUrl() == null
                || !lesson.getMediaUrl().startsWith(Cmi5Au.REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        String id = lesson.getMediaUrl().substring(Cmi5Au.REFERENCE_PREFIX.length());
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        Cmi5Au au = em.find(Cmi5Au.class, Long.parseLong(id));
        return au != null && au.getPackage().getCourse().getId().equals(course.root().getId()) ? Optional.of(au)
                : Optional.empty();
    }
}
