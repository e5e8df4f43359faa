package no.laeringsarena.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.catalog.LearningService;
import no.laeringsarena.learningrecord.LearnerPseudonyms;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.StatementStore;
import no.laeringsarena.learningrecord.StatementsStored;
import no.laeringsarena.learningrecord.xapi.XapiException;
import no.laeringsarena.platform.PlatformSettings;

/**
 * Follows what AUs report as their statements are stored (in the same transaction): completed, passed, failed and
 * terminated of an AU's session. It refuses (and so the LRS refuses, storing nothing) what cmi5 forbids: completed,
 * passed or failed in Browse or Review mode, passed below the mastery score, failed at or above it. When the AU's
 * moveOn is met, the lesson is completed in the platform (progress, course completion, kursbevis); when every AU of
 * the package is, the platform writes "satisfied" for the cmi5 course.
 */
@ApplicationScoped
@Transactional
public class Cmi5Progress {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    StatementStore statements;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    /** The learner's state in the AU, made with her registration for the package (shared by its AUs) if new. */
    Cmi5AuState stateOf(Cmi5Au au, long userId) {
        Optional<Cmi5AuState> existing = em.createNamedQuery("Cmi5AuState.of", Cmi5AuState.class).setParameter("au", au)
                .setParameter("userId", userId).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID registration = em.createNamedQuery("Cmi5AuState.registrationInPackage", UUID.class)
                .setParameter("p", au.getPackage()).setParameter("userId", userId).getResultStream().findFirst()
                .orElseGet(UUID::randomUUID);
        Cmi5AuState state = new Cmi5AuState(au, userId, registration);
        em.persist(state);
        em.flush();
        return state;
    }

    void onStored(@Observes StatementsStored stored) {
        String prefix = trim(settings.baseUrl()) + "/xapi/activities/cmi5-au/";
        for (JsonObject statement : stored.statements()) {
            String verb = statement.getJsonObject("verb").getString("id", "");
            if (!List.of(Cmi5Statements.COMPLETED, Cmi5Statements.PASSED, Cmi5Statements.FAILED,
                    Cmi5Statements.TERMINATED).contains(verb)) {
                continue;
            }
            JsonObject object = statement.getJsonObject("object");
            String objectId = object == null ? "" : object.getString("id", "");
            JsonObject context = statement.get("context") instanceof JsonObject c ? c : null;
            if (!objectId.startsWith(prefix) || context == null || !context.containsKey("registration")) {
                continue;
            }
            Long auId = parseId(objectId.substring(prefix.length()));
            UUID registration = UUID.fromString(context.getString("registration"));
            if (auId != null) {
                session(auId, registration, context).ifPresent(s -> apply(s, verb, statement));
            }
        }
    }

    private void apply(Cmi5Session session, String verb, JsonObject statement) {
        Cmi5Au au = session.getAu();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean judged = !verb.equals(Cmi5Statements.TERMINATED);
        if (judged && session.getLaunchMode() != Cmi5LaunchMode.NORMAL) {
            throw XapiException.badRequest("cmi5: no " + verb + " in " + session.getLaunchMode().value() + " mode");
        }
        BigDecimal scaled = scaled(statement);
        if (au.getMasteryScore() != null && scaled != null) {
            if (verb.equals(Cmi5Statements.PASSED) && scaled.compareTo(au.getMasteryScore()) < 0) {
                throw XapiException.badRequest("cmi5: passed with a score below the mastery score " + au.getMasteryScore());
            }
            if (verb.equals(Cmi5Statements.FAILED) && scaled.compareTo(au.getMasteryScore()) >= 0) {
                throw XapiException.badRequest("cmi5: failed with a score at or above the mastery score " + au.getMasteryScore());
            }
        }
        if (session.isPreview()) {
            // a course holder's preview (Browse mode: nothing judged gets here) is nobody's progress
            if (session.getEndedAt() == null) {
                session.end("terminated", now);
            }
            return;
        }
        Cmi5AuState state = stateOf(au, session.getUserId());
        switch (verb) {
            case Cmi5Statements.COMPLETED -> state.completed(now);
            case Cmi5Statements.PASSED -> state.passed(now);
            case Cmi5Statements.FAILED -> state.failed(now);
            default -> {
                if (session.getEndedAt() == null) {
                    session.end("terminated", now);
                }
            }
        }
        if (judged) {
            satisfyIfMet(state, session, LearningStatements.learner(settings.baseUrl(), pseudonyms.of(session.getUserId())), now);
        }
    }

    /** Completes the lesson once moveOn is met; "satisfied" for the cmi5 course once every AU of it is. */
    void satisfyIfMet(Cmi5AuState state, Cmi5Session session, JsonObject actor, OffsetDateTime now) {
        satisfyIfMet(state, session.getCourseKey(), session.getLessonKey(), session.getSessionId(), actor, now);
    }

    /**
     * As above, outside a launch too (a waiver): the "satisfied" statement carries the session id given, the launch's
     * or the waiver's own.
     */
    void satisfyIfMet(Cmi5AuState state, String courseKey, String lessonKey, UUID sessionId, JsonObject actor,
                      OffsetDateTime now) {
        long userId = state.getUserId();
        if (!state.meetsMoveOn() || !state.satisfy(now)) {
            return;
        }
        em.flush();
        learning.completePackageLesson(userId, courseKey, lessonKey, "nb");
        Cmi5Au au = state.getAu();
        long aus = em.createNamedQuery("Cmi5Au.ofPackage", Cmi5Au.class).setParameter("p", au.getPackage())
                .getResultList().size();
        long satisfied = em.createNamedQuery("Cmi5AuState.ofPackage", Cmi5AuState.class)
                .setParameter("p", au.getPackage()).setParameter("userId", userId).getResultStream()
                .filter(Cmi5AuState::isSatisfied).count();
        if (satisfied >= aus) {
            statements.store(List.of(Cmi5Statements.courseSatisfied(actor, au, au.courseActivityId(settings.baseUrl()),
                    state.getRegistration(), sessionId, now)),
                    LearningStatements.platformAuthority(settings.baseUrl()), null);
        }
    }

    /** The session the statement belongs to: by its session id if given, else the AU's latest in the registration. */
    private Optional<Cmi5Session> session(long auId, UUID registration, JsonObject context) {
        JsonObject extensions = context.get("extensions") instanceof JsonObject e ? e : null;
        String sessionId = extensions == null ? null : extensions.getString(Cmi5Statements.SESSION_ID, null);
        if (sessionId != null) {
            try {
                return em.createNamedQuery("Cmi5Session.bySessionId", Cmi5Session.class)
                        .setParameter("id", UUID.fromString(sessionId)).getResultStream()
                        .filter(s -> s.getAu().getId() == auId && s.getRegistration().equals(registration)).findFirst();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return em.createQuery("SELECT s FROM Cmi5Session s WHERE s.au.id = :au AND s.registration = :registration "
                        + "ORDER BY s.launchedAt DESC", Cmi5Session.class)
                .setParameter("au", auId).setParameter("registration", registration).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static BigDecimal scaled(JsonObject statement) {
        if (!(statement.get("result") instanceof JsonObject result) || !(result.get("score") instanceof JsonObject score)) {
            return null;
        }
        JsonValue value = score.get("scaled");
        return value instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }

    private static Long parseId(String text) {
        return text.matches("[1-9][0-9]{0,17}") ? Long.parseLong(text) : null;
    }

    private static String trim(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
