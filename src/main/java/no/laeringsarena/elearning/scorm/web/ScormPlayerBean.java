package no.laeringsarena.elearning.scorm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.CourseCatalog;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.elearning.scorm.ScormSco;
import no.laeringsarena.elearning.scorm.ScormSessions;
import no.laeringsarena.elearning.web.PackageFileResponse;
import no.laeringsarena.identity.AccessDeniedException;

/**
 * The SCORM player (kurs/scorm.xhtml?kurs=...&amp;leksjon=..., logged-in users): the SCO in a frame, with
 * {@code /elearning/scorm-runtime.js} offering it the API. The page's own Content-Security-Policy lets scripts on
 * it (and so a same-origin SCO reaching up to it) fetch nothing but the SCORM runtime's own calls (launch and
 * commit; not even the import).
 */
@Named("scormPlayer")
@RequestScoped
public class ScormPlayerBean {

    /** The page policy of {@code SecurityHeadersFilter}, with fetches limited to the SCORM API. */
    static final String PLAYER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src %s; media-src 'self'; frame-src %s; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Inject
    ScormSessions sessions;

    @Inject
    CourseCatalog catalog;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learner learner;

    private String courseKey;
    private String lessonKey;
    private String preview;
    private Course course;
    private Lesson lesson;
    private ScormSco sco;

    /** View action: the lesson's SCO, or 404. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (isPreview()) {
            try {
                long userId = learner.id().orElse(-1L);
                sco = userId < 0 ? null : sessions.previewScoOf(userId, courseKey, lessonKey).orElse(null);
                course = sco == null ? null : authoring.forEditing(userId, courseKey);
            } catch (no.laeringsarena.catalog.AuthoringException e) {
                sco = null;
                course = null;
            } catch (AccessDeniedException e) {
                try {
                    external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
                    FacesContext.getCurrentInstance().responseComplete();
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
                return;
            }
        } else {
            sco = sessions.scoOf(courseKey, lessonKey).orElse(null);
            course = sco == null ? null : catalog.visible(courseKey, false).orElse(null);
        }
        lesson = course == null ? null : course.lesson(lessonKey).orElse(null);
        if (lesson == null) {
            try {
                external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
                FacesContext.getCurrentInstance().responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String base = PackageFileResponse.origin((jakarta.servlet.http.HttpServletRequest) external.getRequest())
                + external.getRequestContextPath();
        external.setResponseHeader("Content-Security-Policy",
                PLAYER_CSP.formatted(base + "/api/scorm/launch " + base + "/api/scorm/sessions/", base + "/scorm-pakke/"));
    }

    public String getLaunchUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/scorm/launch?kurs="
                + enc(courseKey) + "&leksjon=" + enc(lessonKey) + (isPreview() ? "&forhandsvisning=1" : "");
    }

    public String getCommitUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/scorm/sessions/";
    }

    public String getSandbox() {
        return ScormFileServlet.SANDBOX;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public void setCourseKey(String courseKey) {
        this.courseKey = courseKey;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public void setLessonKey(String lessonKey) {
        this.lessonKey = lessonKey;
    }

    /** A course holder's preview (forhandsvisning=1) of the version she edits: nothing is recorded. */
    public boolean isPreview() {
        return "1".equals(preview);
    }

    /** The forhandsvisning parameter as given ("1" for a preview). */
    public String getPreviewFlag() {
        return preview;
    }

    public void setPreviewFlag(String preview) {
        this.preview = preview;
    }

    public Course getCourse() {
        return course;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public ScormSco getSco() {
        return sco;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
