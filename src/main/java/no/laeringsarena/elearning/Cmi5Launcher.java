package no.laeringsarena.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.catalog.LearningService;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.learningrecord.DocumentKey;
import no.laeringsarena.learningrecord.DocumentStore;
import no.laeringsarena.learningrecord.LearnerPseudonyms;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.StatementStore;
import no.laeringsarena.learningrecord.xapi.Agents;
import no.laeringsarena.platform.PlatformSettings;

/**
 * Launches a cmi5 AU: starts the course if needed, ends (abandoned) the learner's earlier session of the AU that
 * never terminated, opens a session with a one-time fetch token, writes LMS.LaunchData (contextTemplate, launchMode,
 * moveOn, masteryScore, launchParameters, returnURL, entitlementKey) and the learner's preferences, writes
 * "launched", and answers the launch URL with endpoint, fetch, actor, registration and activityId. An AU whose
 * moveOn is NotApplicable is satisfied on its first Normal launch.
 */
@ApplicationScoped
@Transactional
public class Cmi5Launcher implements PackageLauncher {

    static final Duration SESSION_LENGTH = Duration.ofHours(12);

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    @Inject
    DocumentStore documents;

    @Inject
    StatementStore statements;

    @Inject
    Cmi5Progress progress;

    @Inject
    Cmi5Abandonment abandonment;

    @Inject
    CourseAuthoring authoring;

    @Override
    public boolean plays(String reference) {
        return reference != null && reference.startsWith(Cmi5Au.REFERENCE_PREFIX);
    }

    @Override
    public Launch launch(long userId, String courseKey, String lessonKey, String modeName, Platform platform,
                         String language) {
        Enrolment enrolment = learning.start(userId, courseKey, language);
        Course course = enrolment.getCourse();
        Lesson lesson = course.lesson(lessonKey).filter(l -> l.getKind() == LessonKind.PACKAGE && plays(l.getMediaUrl()))
                .orElseThrow(() -> new IllegalArgumentException("no cmi5 lesson " + lessonKey + " in " + courseKey));
        Cmi5Au au = em.find(Cmi5Au.class, Long.parseLong(lesson.getMediaUrl().substring(Cmi5Au.REFERENCE_PREFIX.length())));
        if (au == null || !au.getPackage().getCourse().getId().equals(course.root().getId())) {
            throw new IllegalArgumentException("the AU of " + lessonKey + " is not in a package of " + courseKey);
        }
        Cmi5LaunchMode mode = Cmi5LaunchMode.of(modeName);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String baseUrl = settings.baseUrl();
        JsonObject actor = LearningStatements.learner(baseUrl, pseudonyms.of(userId));
        String actorKey = Agents.key(actor).orElseThrow();
        String activityId = au.activityId(baseUrl);
        Cmi5AuState state = progress.stateOf(au, userId);

        abandonment.abandonOpen(userId, au, now);

        String fetchToken = Cmi5Tokens.random(32);
        Cmi5Session session = new Cmi5Session(au, userId, courseKey, lessonKey, state.getRegistration(), mode,
                Cmi5Tokens.hash(fetchToken), now, now.plus(SESSION_LENGTH));
        em.persist(session);
        em.flush();

        String app = trimSlash(platform.applicationUrl());
        String contentUrl = au.isRemote() ? au.getUrl() : app + au.getPackage().filePath(au.getUrl());
        String launchUrl = launchUrl(au, app, fetchToken, actor, state.getRegistration(), activityId);

        documents.write(new DocumentKey(DocumentKey.DocumentKind.STATE, activityId, actorKey, state.getRegistration(),
                "LMS.LaunchData"), launchData(au, session, platform.returnUrl()).toString().getBytes(StandardCharsets.UTF_8),
                "application/json", null, null, false, false);
        DocumentKey preferences = new DocumentKey(DocumentKey.DocumentKind.AGENT_PROFILE, null, actorKey, null,
                "cmi5LearnerPreferences");
        if (documents.find(preferences).isEmpty()) {
            documents.write(preferences, Json.createObjectBuilder().add("languagePreference", languages(language))
                    .add("audioPreference", "on").build().toString().getBytes(StandardCharsets.UTF_8),
                    "application/json", null, null, false, false);
        }
        statements.store(List.of(Cmi5Statements.launched(actor, au, session, activityId, contentUrl, now)),
                LearningStatements.platformAuthority(baseUrl), null);
        if (mode == Cmi5LaunchMode.NORMAL && au.getMoveOn() == Cmi5MoveOn.NOT_APPLICABLE) {
            progress.satisfyIfMet(state, session, actor, now);
        }
        boolean ownWindow = au.isRemote() || "OwnWindow".equals(au.getLaunchMethod());
        return new Launch(launchUrl, ownWindow, au.getTitle());
    }

    /**
     * The course holder's preview from the version she edits: Browse mode (the AU may not record a result), a
     * registration of its own, no enrolment, no AU state, no "launched" statement; LMS.LaunchData as for a learner.
     */
    @Override
    public Launch preview(long userId, String courseKey, String lessonKey, Platform platform, String language) {
        Course course = authoring.forEditing(userId, courseKey);
        Lesson lesson = course.lesson(lessonKey).filter(l -> l.getKind() == LessonKind.PACKAGE && plays(l.getMediaUrl()))
                .orElseThrow(() -> new IllegalArgumentException("no cmi5 lesson " + lessonKey + " in " + courseKey));
        Cmi5Au au = em.find(Cmi5Au.class, Long.parseLong(lesson.getMediaUrl().substring(Cmi5Au.REFERENCE_PREFIX.length())));
        if (au == null || !au.getPackage().getCourse().getId().equals(course.root().getId())) {
            throw new IllegalArgumentException("the AU of " + lessonKey + " is not in a package of " + courseKey);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String baseUrl = settings.baseUrl();
        JsonObject actor = LearningStatements.learner(baseUrl, pseudonyms.of(userId));
        String actorKey = Agents.key(actor).orElseThrow();
        String activityId = au.activityId(baseUrl);
        abandonment.abandonOpen(userId, au, now);
        String fetchToken = Cmi5Tokens.random(32);
        UUID registration = UUID.randomUUID();
        Cmi5Session session = new Cmi5Session(au, userId, courseKey, lessonKey, registration, Cmi5LaunchMode.BROWSE,
                Cmi5Tokens.hash(fetchToken), now, now.plus(SESSION_LENGTH));
        session.markPreview();
        em.persist(session);
        em.flush();
        String app = trimSlash(platform.applicationUrl());
        String launchUrl = launchUrl(au, app, fetchToken, actor, registration, activityId);
        documents.write(new DocumentKey(DocumentKey.DocumentKind.STATE, activityId, actorKey, registration,
                "LMS.LaunchData"), launchData(au, session, platform.returnUrl()).toString().getBytes(StandardCharsets.UTF_8),
                "application/json", null, null, false, false);
        boolean ownWindow = au.isRemote() || "OwnWindow".equals(au.getLaunchMethod());
        return new Launch(launchUrl, ownWindow, au.getTitle());
    }

    private static String launchUrl(Cmi5Au au, String app, String fetchToken, JsonObject actor,
                                    UUID registration, String activityId) {
        String contentUrl = au.isRemote() ? au.getUrl() : app + au.getPackage().filePath(au.getUrl());
        return contentUrl + (contentUrl.contains("?") ? "&" : "?")
                + "endpoint=" + enc(app + "/xapi/")
                + "&fetch=" + enc(app + "/cmi5/hent/" + fetchToken)
                + "&actor=" + enc(actor.toString())
                + "&registration=" + enc(registration.toString())
                + "&activityId=" + enc(activityId);
    }

    static JsonObject launchData(Cmi5Au au, Cmi5Session session, String returnUrl) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("contextTemplate", Cmi5Statements.contextTemplate(au, session))
                .add("launchMode", session.getLaunchMode().value())
                .add("moveOn", au.getMoveOn().value())
                .add("returnURL", returnUrl);
        if (au.getLaunchParameters() != null) {
            data.add("launchParameters", au.getLaunchParameters());
        }
        if (au.getMasteryScore() != null) {
            data.add("masteryScore", au.getMasteryScore());
        }
        if (au.getEntitlementKey() != null) {
            data.add("entitlementKey", Json.createObjectBuilder().add("courseStructure", au.getEntitlementKey()));
        }
        return data.build();
    }

    private static String languages(String language) {
        return switch (language == null ? "nb" : language) {
            case "nn" -> "nn-NO,nb-NO,en-US";
            case "en" -> "en-US,nb-NO";
            default -> "nb-NO,nn-NO,en-US";
        };
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
