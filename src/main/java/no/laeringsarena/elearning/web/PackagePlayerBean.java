package no.laeringsarena.elearning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.CourseCatalog;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.elearning.Cmi5LaunchMode;
import no.laeringsarena.elearning.PackageLauncher;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.LanguageSelection;

/**
 * The player (kurs/pakke.xhtml?kurs=...&amp;leksjon=...&amp;modus=Normal|Browse|Review): launches the package
 * lesson's unit for the logged-in learner and shows it in a sandboxed frame, or a link to open it in a window of its
 * own when the unit asks for that (cmi5 OwnWindow) or lives elsewhere. Each visit is a new launch (a session left
 * without "terminated" is recorded as abandoned). Only published courses; guests are sent to log in. With
 * {@code forhandsvisning=1} a course holder previews the unit of the version she edits (see {@link #isPreview()}).
 */
@Named("packagePlayer")
@RequestScoped
public class PackagePlayerBean {

    @Inject
    CourseCatalog catalog;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    @Inject
    Instance<PackageLauncher> launchers;

    @Inject
    CourseAuthoring authoring;

    private String courseKey;
    private String lessonKey;
    private String mode;
    private String preview;
    private Course course;
    private Lesson lesson;
    private PackageLauncher.Launch launch;

    public void load() {
        if (!learner.isLoggedIn()) {
            redirect("/logg-inn.xhtml");
            return;
        }
        if (isPreview()) {
            preview();
            return;
        }
        course = catalog.visible(courseKey, false).orElse(null);
        lesson = course == null ? null
                : course.lesson(lessonKey).filter(l -> l.getKind() == LessonKind.PACKAGE).orElse(null);
        Optional<PackageLauncher> launcher = lesson == null ? Optional.empty()
                : launchers.stream().filter(l -> l.plays(lesson.getMediaUrl())).findFirst();
        if (launcher.isEmpty()) {
            notFound();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String app = PackageFileResponse.origin(request) + request.getContextPath();
        String returnUrl = app + "/kurs/leksjon.xhtml?kurs=" + enc(courseKey) + "&leksjon=" + enc(lessonKey);
        launch = launcher.get().launch(learner.id().orElseThrow(), courseKey, lessonKey, getMode(),
                new PackageLauncher.Platform(app, returnUrl), language.getTag());
    }

    /**
     * The course holder's preview (forhandsvisning=1) from the version she edits, also a draft: Browse mode, recorded
     * as nobody's progress; 403 if she may not edit the course.
     */
    private void preview() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String app = PackageFileResponse.origin(request) + request.getContextPath();
        String returnUrl = app + "/kursholder/kurs.xhtml?key=" + enc(courseKey);
        long userId = learner.id().orElseThrow();
        try {
            course = authoring.forEditing(userId, courseKey);
            lesson = course.lesson(lessonKey).filter(l -> l.getKind() == LessonKind.PACKAGE).orElse(null);
            Optional<PackageLauncher> launcher = lesson == null ? Optional.empty()
                    : launchers.stream().filter(l -> l.plays(lesson.getMediaUrl())).findFirst();
            if (launcher.isEmpty()) {
                notFound();
                return;
            }
            launch = launcher.get().preview(userId, courseKey, lessonKey, new PackageLauncher.Platform(app, returnUrl),
                    language.getTag());
        } catch (AccessDeniedException e) {
            sendError(403);
        } catch (AuthoringException e) {
            notFound();
        }
    }

    /** Whether this is a course holder's preview rather than a learner's launch. */
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

    /** The sandbox of the frame: scripts and forms, never the platform's origin. */
    public String getSandbox() {
        return PackageFileServlet.SANDBOX;
    }

    public PackageLauncher.Launch getLaunch() {
        return launch;
    }

    public Course getCourse() {
        return course;
    }

    public Lesson getLesson() {
        return lesson;
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

    /** Normal, Browse or Review (anything else is Normal). */
    public String getMode() {
        return isPreview() ? Cmi5LaunchMode.BROWSE.value() : Cmi5LaunchMode.of(mode).value();
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void notFound() {
        sendError(404);
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
