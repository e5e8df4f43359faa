package no.laeringsarena.elearning.scorm.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.elearning.PackageRejected;
import no.laeringsarena.elearning.PackageUpload;
import no.laeringsarena.elearning.scorm.InvalidManifestException;
import no.laeringsarena.elearning.scorm.ManifestProblem;
import no.laeringsarena.elearning.scorm.ScormImport;
import no.laeringsarena.elearning.scorm.ScormSessions;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/**
 * The SCORM runtime's calls, for the logged-in learner (session cookie; 401 otherwise):
 * <ul>
 * <li>{@code POST /api/scorm/launch?kurs=&leksjon=} starts a session on the lesson's SCO: {@code {"session",
 * "version", "api", "url", "sco", "attempt", "values": {...}, "model": {...}, "preview"}} (404 for no such SCORM
 * lesson). With {@code forhandsvisning=1}, a course holder's preview of the version she edits (403 if she may not
 * edit it): nothing is kept, and the runtime commits nothing.</li>
 * <li>{@code POST /api/scorm/sessions/<session>} with {@code {"values": [[element, value], ...], "finish": bool}}: the
 * SetValue calls since the last commit, in order; each is checked again and all or none are kept. 200
 * {@code {"saved": true, "completed", "success", "scaled", "lessonDone"}}; 400 {@code {"error", "message",
 * "element", "code"}} naming the first refused value and its SCORM error code; 404 when the session is not yours
 * or is over.</li>
 * <li>{@code POST /api/scorm/import?kurs=&modul=&filnavn=} with the zip as the body (course holders who may edit the
 * course): 201 {@code {"package", "version", "lessons": [{"key", "title"}]}}; 400 with {@code "problems"} listing
 * every problem of the package in the caller's language.</li>
 * </ul>
 */
@Path("scorm")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScormRuntimeResource {

    static final int MAX_COMMIT_CHARS = 1_000_000;
    static final int MAX_SETS = 5_000;

    @Inject
    ScormSessions sessions;

    @Inject
    ScormImport importer;

    @Inject
    IdentityService identity;

    @Inject
    LanguageSelection language;

    @Context
    HttpServletRequest request;

    @POST
    @Path("launch")
    public Response launch(@QueryParam("kurs") String courseKey, @QueryParam("leksjon") String lessonKey,
                           @QueryParam("forhandsvisning") String previewFlag) {
        Optional<UserAccount> user = caller();
        if (user.isEmpty()) {
            return error(Response.Status.UNAUTHORIZED, "not_logged_in", "log in to play SCORM lessons");
        }
        boolean preview = "1".equals(previewFlag);
        ScormSessions.Launch launch;
        try {
            if (preview ? sessions.previewScoOf(user.get().getId(), courseKey, lessonKey).isEmpty()
                    : sessions.scoOf(courseKey, lessonKey).isEmpty()) {
                return error(Response.Status.NOT_FOUND, "not_found", "no SCORM lesson " + lessonKey + " in course " + courseKey);
            }
            launch = preview ? sessions.preview(user.get().getId(), courseKey, lessonKey)
                    : sessions.launch(user.get().getId(), courseKey, lessonKey, language.getTag());
        } catch (AccessDeniedException e) {
            return error(Response.Status.FORBIDDEN, "forbidden", "only those who may edit the course can preview it");
        } catch (no.laeringsarena.catalog.AuthoringException e) {
            return error(Response.Status.NOT_FOUND, "not_found", "no course " + courseKey);
        }
        JsonObject body = Json.createObjectBuilder()
                .add("session", launch.session().toString())
                .add("version", launch.sco().getVersion().label())
                .add("api", launch.sco().getVersion().apiName())
                .add("url", request.getContextPath() + launch.filePath())
                .add("sco", launch.sco().isSco())
                .add("attempt", launch.attempt())
                .add("values", launch.values().toJsonObject())
                .add("model", launch.sco().getVersion().dataModel().describe())
                .add("preview", preview)
                .build();
        return Response.ok(body.toString()).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("sessions/{session}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response commit(@PathParam("session") String sessionText, String body) {
        Optional<UserAccount> user = caller();
        if (user.isEmpty()) {
            return error(Response.Status.UNAUTHORIZED, "not_logged_in", "log in to play SCORM lessons");
        }
        UUID session;
        try {
            session = UUID.fromString(sessionText);
        } catch (IllegalArgumentException e) {
            return error(Response.Status.NOT_FOUND, "no_session", "no such session");
        }
        if (body == null || body.length() > MAX_COMMIT_CHARS) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large",
                    "a commit is at most " + MAX_COMMIT_CHARS + " characters");
        }
        List<ScormSessions.SetValue> sets = new ArrayList<>();
        boolean finish;
        try {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            finish = json.getBoolean("finish", false);
            JsonArray values = json.containsKey("values") ? json.getJsonArray("values") : JsonValue.EMPTY_JSON_ARRAY;
            if (values.size() > MAX_SETS) {
                return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", "at most " + MAX_SETS + " values a commit");
            }
            for (JsonValue v : values) {
                JsonArray pair = v.asJsonArray();
                if (pair.size() != 2) {
                    return error(Response.Status.BAD_REQUEST, "bad_request", "each value is [element, value]");
                }
                sets.add(new ScormSessions.SetValue(((JsonString) pair.get(0)).getString(), ((JsonString) pair.get(1)).getString()));
            }
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            return error(Response.Status.BAD_REQUEST, "bad_request",
                    "the body must be {\"values\": [[element, value], ...], \"finish\": true|false}");
        }
        try {
            Optional<ScormSessions.Saved> saved = sessions.commit(user.get().getId(), session, sets, finish, language.getTag());
            if (saved.isEmpty()) {
                return error(Response.Status.NOT_FOUND, "no_session", "the session is over or not yours; launch the lesson again");
            }
            var outcome = saved.get().outcome();
            var b = Json.createObjectBuilder().add("saved", true).add("completed", outcome.completed())
                    .add("lessonDone", saved.get().lessonDone());
            if (outcome.success() == null) {
                b.addNull("success");
            } else {
                b.add("success", outcome.success());
            }
            if (outcome.scaled() == null) {
                b.addNull("scaled");
            } else {
                b.add("scaled", outcome.scaled());
            }
            return Response.ok(b.build().toString()).build();
        } catch (ScormSessions.RefusedValue e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder()
                    .add("error", "refused_value").add("message", e.getMessage()).add("element", e.element())
                    .add("code", e.code()).build().toString()).build();
        }
    }

    @POST
    @Path("import")
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response importPackage(@QueryParam("kurs") String courseKey, @QueryParam("modul") String moduleText,
                                  @QueryParam("filnavn") String fileName, byte[] zip) {
        Optional<UserAccount> user = caller();
        if (user.isEmpty()) {
            return error(Response.Status.UNAUTHORIZED, "not_logged_in", "log in to import packages");
        }
        long moduleId;
        try {
            moduleId = Long.parseLong(moduleText);
        } catch (NumberFormatException e) {
            return error(Response.Status.BAD_REQUEST, "bad_request", "modul must be the id of a module of the course");
        }
        Locale locale = language.getLocale();
        try {
            ScormImport.Imported imported = importer.importPackage(user.get().getId(), courseKey, moduleId,
                    new PackageUpload(fileName == null ? "scorm.zip" : fileName, zip));
            JsonArrayBuilder lessons = Json.createArrayBuilder();
            for (Lesson lesson : imported.lessons()) {
                lessons.add(Json.createObjectBuilder().add("key", lesson.getLessonKey()).add("title", lesson.getTitle()));
            }
            return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                    .add("package", imported.elearningPackage().getPublicKey().toString())
                    .add("version", imported.manifest().version().label()).add("lessons", lessons).build().toString())
                    .build();
        } catch (PackageRejected e) {
            String message = Messages.text(locale, e.problem().messageKey(), e.detail() == null ? "" : e.detail());
            return problems(List.of(message));
        } catch (InvalidManifestException e) {
            List<String> messages = new ArrayList<>();
            for (ManifestProblem p : e.problems()) {
                messages.add(Messages.text(locale, p.messageKey(), p.args().toArray()));
            }
            return problems(messages);
        } catch (AuthoringException e) {
            List<String> messages = e.problems().stream()
                    .map(p -> Messages.text(locale, p.messageKey(), p.args().toArray())).toList();
            if (e.problems().stream().anyMatch(p -> p.messageKey().equals("authoring.error.notFound"))) {
                return error(Response.Status.NOT_FOUND, "not_found", String.join(" ", messages));
            }
            return problems(messages);
        } catch (AccessDeniedException e) {
            return error(Response.Status.FORBIDDEN, "forbidden", "you may not edit this course");
        }
    }

    private Response problems(List<String> messages) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        messages.forEach(list::add);
        return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder()
                .add("error", "invalid_package").add("message", String.join(" ", messages)).add("problems", list)
                .build().toString()).build();
    }

    private Optional<UserAccount> caller() {
        return request.getUserPrincipal() == null ? Optional.empty()
                : identity.findByEmail(request.getUserPrincipal().getName()).filter(UserAccount::isActive);
    }

    private static Response error(Response.Status status, String error, String message) {
        return Response.status(status).entity(Json.createObjectBuilder().add("error", error).add("message", message)
                .build().toString()).build();
    }
}
