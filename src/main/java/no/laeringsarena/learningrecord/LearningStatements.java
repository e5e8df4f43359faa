package no.laeringsarena.learningrecord;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.learningrecord.xapi.XapiFormats;

/**
 * How a platform {@link LearningEvent} becomes an xAPI 2.0.0 statement: the learner as a pseudonymous account under
 * BASE_URL, ADL verbs with bokmål, nynorsk and English display, activities at BASE_URL/xapi/activities/kind/id
 * with their names in the three languages, context (registration, parent, platform, language) and result.
 */
public final class LearningStatements {

    public static final String PLATFORM = "Læringsarena";

    private record VerbText(String iri, String nb, String nn, String en) {
    }

    private static final Map<LearningVerb, VerbText> VERBS = new EnumMap<>(Map.ofEntries(
            Map.entry(LearningVerb.LAUNCHED, new VerbText("http://adlnet.gov/expapi/verbs/launched", "startet", "starta", "launched")),
            Map.entry(LearningVerb.EXPERIENCED, new VerbText("http://adlnet.gov/expapi/verbs/experienced", "så", "såg", "experienced")),
            Map.entry(LearningVerb.COMPLETED, new VerbText("http://adlnet.gov/expapi/verbs/completed", "fullførte", "fullførte", "completed")),
            Map.entry(LearningVerb.PASSED, new VerbText("http://adlnet.gov/expapi/verbs/passed", "bestod", "bestod", "passed")),
            Map.entry(LearningVerb.FAILED, new VerbText("http://adlnet.gov/expapi/verbs/failed", "bestod ikke", "bestod ikkje", "failed")),
            Map.entry(LearningVerb.ANSWERED, new VerbText("http://adlnet.gov/expapi/verbs/answered", "svarte på", "svara på", "answered")),
            Map.entry(LearningVerb.REGISTERED, new VerbText("http://adlnet.gov/expapi/verbs/registered", "meldte seg på", "melde seg på", "registered")),
            Map.entry(LearningVerb.ATTENDED, new VerbText("http://adlnet.gov/expapi/verbs/attended", "deltok på", "deltok på", "attended")),
            Map.entry(LearningVerb.COMMENTED, new VerbText("http://adlnet.gov/expapi/verbs/commented", "kommenterte", "kommenterte", "commented")),
            Map.entry(LearningVerb.SHARED, new VerbText("http://adlnet.gov/expapi/verbs/shared", "delte", "delte", "shared")),
            Map.entry(LearningVerb.EARNED, new VerbText("http://id.tincanapi.com/verb/earned", "fikk", "fekk", "earned"))));

    private static final Map<LearningObjectKind, String> ACTIVITY_TYPES = new EnumMap<>(Map.of(
            LearningObjectKind.COURSE, "http://adlnet.gov/expapi/activities/course",
            LearningObjectKind.MODULE, "http://adlnet.gov/expapi/activities/module",
            LearningObjectKind.LESSON, "http://adlnet.gov/expapi/activities/lesson",
            LearningObjectKind.TEST, "http://adlnet.gov/expapi/activities/assessment",
            LearningObjectKind.QUESTION, "http://adlnet.gov/expapi/activities/cmi.interaction",
            LearningObjectKind.WEBINAR, "http://adlnet.gov/expapi/activities/meeting",
            LearningObjectKind.THREAD, "http://id.tincanapi.com/activitytype/discussion"));

    private LearningStatements() {
    }

    public static JsonObject toStatement(LearningEvent event, String baseUrl, UUID pseudonym, UUID statementId) {
        JsonObjectBuilder statement = JSON.createObjectBuilder()
                .add("id", statementId.toString())
                .add("actor", learner(baseUrl, pseudonym))
                .add("verb", verb(event.verb()))
                .add("object", activity(baseUrl, event.object()))
                .add("context", context(event, baseUrl))
                .add("timestamp", XapiFormats.format(event.timestamp()));
        if (event.result() != null) {
            statement.add("result", result(event.result()));
        }
        return statement.build();
    }

    /** The learner, identified only by a pseudonym under the platform's address. */
    public static JsonObject learner(String baseUrl, UUID pseudonym) {
        return JSON.createObjectBuilder().add("objectType", "Agent")
                .add("account", JSON.createObjectBuilder().add("homePage", trim(baseUrl)).add("name", pseudonym.toString()))
                .build();
    }

    /** The platform itself as the authority of the statements it makes. */
    public static JsonObject platformAuthority(String baseUrl) {
        return JSON.createObjectBuilder().add("objectType", "Agent").add("name", PLATFORM)
                .add("account", JSON.createObjectBuilder().add("homePage", trim(baseUrl)).add("name", "laeringsarena"))
                .build();
    }

    public static String verbIri(LearningVerb verb) {
        return VERBS.get(verb).iri();
    }

    public static Optional<LearningVerb> verbOf(String iri) {
        return VERBS.entrySet().stream().filter(e -> e.getValue().iri().equals(iri)).map(Map.Entry::getKey).findFirst();
    }

    static JsonObject verb(LearningVerb verb) {
        VerbText text = VERBS.get(verb);
        return JSON.createObjectBuilder().add("id", text.iri())
                .add("display", JSON.createObjectBuilder().add("nb-NO", text.nb()).add("nn-NO", text.nn()).add("en", text.en()))
                .build();
    }

    /** BASE_URL/xapi/activities/course/123: stable as long as the object's kind and id are. */
    public static String activityIri(String baseUrl, LearningObjectKind kind, String id) {
        return trim(baseUrl) + "/xapi/activities/" + kindSegment(kind) + "/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String kindSegment(LearningObjectKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of a platform activity IRI, if it is one of ours. */
    public static Optional<LearningObjectKind> kindOf(String baseUrl, String activityIri) {
        String prefix = trim(baseUrl) + "/xapi/activities/";
        if (activityIri == null || !activityIri.startsWith(prefix)) {
            return Optional.empty();
        }
        String segment = activityIri.substring(prefix.length()).split("/", 2)[0];
        for (LearningObjectKind kind : LearningObjectKind.values()) {
            if (kindSegment(kind).equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static JsonObject activity(String baseUrl, LearningObject object) {
        JsonObjectBuilder name = JSON.createObjectBuilder().add("nb-NO", object.nameNb());
        if (object.nameNn() != null) {
            name.add("nn-NO", object.nameNn());
        }
        if (object.nameEn() != null) {
            name.add("en", object.nameEn());
        }
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("name", name);
        String type = ACTIVITY_TYPES.get(object.kind());
        if (type != null) {
            definition.add("type", type);
        }
        return JSON.createObjectBuilder().add("objectType", "Activity")
                .add("id", activityIri(baseUrl, object.kind(), object.id()))
                .add("definition", definition).build();
    }

    static JsonObject context(LearningEvent event, String baseUrl) {
        JsonObjectBuilder context = JSON.createObjectBuilder();
        if (event.registration() != null) {
            context.add("registration", event.registration().toString());
        }
        if (event.parent() != null) {
            context.add("contextActivities", JSON.createObjectBuilder()
                    .add("parent", JSON.createArrayBuilder().add(activity(baseUrl, event.parent()))));
        }
        return context.add("platform", PLATFORM).add("language", languageTag(event.language())).build();
    }

    static String languageTag(String language) {
        return switch (language) {
            case "nn" -> "nn-NO";
            case "en" -> "en";
            default -> "nb-NO";
        };
    }

    static JsonObject result(LearningResult result) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        JsonObjectBuilder score = JSON.createObjectBuilder();
        boolean hasScore = false;
        if (result.scaled() != null) {
            score.add("scaled", Math.max(-1, Math.min(1, result.scaled())));
            hasScore = true;
        }
        if (result.raw() != null) {
            score.add("raw", result.raw());
            hasScore = true;
        }
        if (result.min() != null) {
            score.add("min", result.min());
            hasScore = true;
        }
        if (result.max() != null) {
            score.add("max", result.max());
            hasScore = true;
        }
        if (hasScore) {
            out.add("score", score);
        }
        if (result.success() != null) {
            out.add("success", result.success());
        }
        if (result.completion() != null) {
            out.add("completion", result.completion());
        }
        if (result.duration() != null && !result.duration().isNegative()) {
            out.add("duration", result.duration().toString());
        }
        if (result.response() != null) {
            out.add("response", result.response());
        }
        return out.build();
    }

    private static String trim(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
