package no.laeringsarena.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthor;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.CourseModule;
import no.laeringsarena.catalog.RevisionRule;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/**
 * "Kursredigering" (kursholder/kurs.xhtml?key=...): a course's details, modules and lessons (add, rename, remove, move
 * up and down), publishing with a warning when learners are in progress, unpublishing, and co-authors. Every action
 * goes through {@link CourseAuthoring}, which checks on the server that the caller may edit this course.
 */
@Named("courseEditor")
@ViewScoped
public class CourseEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    private String dragKind;
    private Long dragId;
    private Integer dragTo;
    private String key;
    private CourseDetailsForm details;
    private String newModuleTitle;
    private final Map<Long, String> moduleTitles = new HashMap<>();
    private String coAuthorEmail;
    private RevisionRule.Impact pendingImpact;
    private boolean confirmingUnpublish;
    private transient Course course;
    private transient RevisionRule.Impact impact;
    private transient List<CourseAuthor> authors;

    static String outcome(String courseKey) {
        return "/kursholder/kurs?faces-redirect=true&key=" + Pages.enc(courseKey);
    }

    /** View action: 404 for no such course, 403 for one the caller may not edit. */
    public void load() {
        course = null;
        try {
            getCourse();
        } catch (AuthoringException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            AuthoringPages.forbidden();
        }
    }

    private long userId() {
        return learner.id().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    private void changed() {
        course = null;
        impact = null;
        authors = null;
    }

    public void saveDetails() {
        if (AuthoringPages.run("details-form", () -> authoring.saveDetails(userId(), key, getDetails().toDetails()))) {
            Messages.info(null, "authoring.saved");
            changed();
        }
    }

    public void addModule() {
        if (AuthoringPages.run("modules-form", () -> authoring.addModule(userId(), key, newModuleTitle))) {
            newModuleTitle = null;
            Messages.info(null, "authoring.moduleAdded");
            changed();
        }
    }

    public void renameModule(long moduleId) {
        if (AuthoringPages.run("modules-form", () -> authoring.renameModule(userId(), key, moduleId, moduleTitles.get(moduleId)))) {
            Messages.info(null, "authoring.saved");
            changed();
        }
    }

    public void removeModule(long moduleId) {
        if (AuthoringPages.run("modules-form", () -> authoring.removeModule(userId(), key, moduleId))) {
            Messages.info(null, "authoring.moduleRemoved");
            changed();
        }
    }

    public void moveModule(long moduleId, int delta) {
        if (AuthoringPages.run("modules-form", () -> authoring.moveModule(userId(), key, moduleId, delta))) {
            changed();
        }
    }

    public void removeLesson(long lessonId) {
        if (AuthoringPages.run("modules-form", () -> authoring.removeLesson(userId(), key, lessonId))) {
            Messages.info(null, "authoring.lessonRemoved");
            changed();
        }
    }

    public void moveLesson(long lessonId, int delta) {
        if (AuthoringPages.run("modules-form", () -> authoring.moveLesson(userId(), key, lessonId, delta))) {
            changed();
        }
    }

    /** A module or a lesson dropped at a new place (course-order.js fills the hidden fields and presses "drop"). */
    public void drop() {
        if (dragId == null || dragTo == null || !("module".equals(dragKind) || "lesson".equals(dragKind))) {
            return;
        }
        long id = dragId;
        int to = dragTo;
        boolean moved = "module".equals(dragKind)
                ? AuthoringPages.run("modules-form", () -> authoring.moveModuleTo(userId(), key, id, to))
                : AuthoringPages.run("modules-form", () -> authoring.moveLessonTo(userId(), key, id, to));
        if (moved) {
            changed();
        }
        dragKind = null;
        dragId = null;
        dragTo = null;
    }

    public String getDragKind() {
        return dragKind;
    }

    public void setDragKind(String dragKind) {
        this.dragKind = dragKind;
    }

    public Long getDragId() {
        return dragId;
    }

    public void setDragId(Long dragId) {
        this.dragId = dragId;
    }

    public Integer getDragTo() {
        return dragTo;
    }

    public void setDragTo(Integer dragTo) {
        this.dragTo = dragTo;
    }

    /** Publishes, unless learners in progress are affected: then the warning shows and asks again. */
    public String publish() {
        return publish(false);
    }

    public String publishConfirmed() {
        return publish(true);
    }

    // after publishing (and unpublishing) the page is loaded afresh (post-redirect-get): the search outbox is
    // drained right after the commit, and nothing of this request should run alongside that
    private String publish(boolean confirmed) {
        RevisionRule.Impact[] result = new RevisionRule.Impact[1];
        if (!AuthoringPages.run("publish-form", () -> result[0] = authoring.publish(userId(), key, confirmed, language.getTag()))) {
            return null;
        }
        if (result[0].needsConfirmation() && !confirmed) {
            pendingImpact = result[0];
            Messages.error(null, "authoring.publish.confirmNeeded");
            changed();
            return null;
        }
        pendingImpact = null;
        return reloadWith("authoring.published");
    }

    private String reloadWith(String messageKey) {
        Messages.info(null, messageKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return outcome(key);
    }

    public void cancelPublish() {
        pendingImpact = null;
        confirmingUnpublish = false;
    }

    public String unpublish() {
        if (!confirmingUnpublish && authoring.learnersInProgress(userId(), key) > 0) {
            confirmingUnpublish = true;
            return null;
        }
        if (AuthoringPages.run("publish-form", () -> authoring.unpublish(userId(), key))) {
            confirmingUnpublish = false;
            return reloadWith("authoring.unpublished");
        }
        return null;
    }

    public void discardChanges() {
        if (AuthoringPages.run("publish-form", () -> authoring.discardChanges(userId(), key))) {
            details = null;
            moduleTitles.clear();
            Messages.info(null, "authoring.discarded");
            changed();
        }
    }

    public void addCoAuthor() {
        if (AuthoringPages.run("authors-form", () -> authoring.addCoAuthor(userId(), key, coAuthorEmail))) {
            coAuthorEmail = null;
            Messages.info(null, "authoring.coAuthorAdded");
            changed();
        }
    }

    public void removeCoAuthor(long authorUserId) {
        if (AuthoringPages.run("authors-form", () -> authoring.removeCoAuthor(userId(), key, authorUserId))) {
            Messages.info(null, "authoring.coAuthorRemoved");
            changed();
        }
    }

    /** The version being edited: the working copy of a published course if there is one, else the course itself. */
    public Course getCourse() {
        if (course == null) {
            course = authoring.forEditing(userId(), key);
            for (CourseModule module : course.getModules()) {
                moduleTitles.putIfAbsent(module.getId(), module.getTitle());
            }
        }
        return course;
    }

    /** The published course (differs from {@link #getCourse()} while a working copy exists). */
    public Course getPublished() {
        return getCourse().root();
    }

    /** What publishing now would do to learners. */
    public RevisionRule.Impact getImpact() {
        if (impact == null) {
            impact = authoring.publishImpact(userId(), key);
        }
        return impact;
    }

    public List<CourseAuthor> getAuthors() {
        if (authors == null) {
            authors = authoring.authors(userId(), key);
        }
        return authors;
    }

    public boolean isOwner() {
        return getAuthors().stream().anyMatch(a -> a.isOwner() && a.getUser().getId().equals(learner.id().orElse(null)));
    }

    public boolean isPostback() {
        return FacesContext.getCurrentInstance().isPostback();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public CourseDetailsForm getDetails() {
        if (details == null) {
            details = CourseDetailsForm.of(getCourse().details());
        }
        return details;
    }

    public String getNewModuleTitle() {
        return newModuleTitle;
    }

    public void setNewModuleTitle(String newModuleTitle) {
        this.newModuleTitle = newModuleTitle;
    }

    public Map<Long, String> getModuleTitles() {
        return moduleTitles;
    }

    public String getCoAuthorEmail() {
        return coAuthorEmail;
    }

    public void setCoAuthorEmail(String coAuthorEmail) {
        this.coAuthorEmail = coAuthorEmail;
    }

    public RevisionRule.Impact getPendingImpact() {
        return pendingImpact;
    }

    public boolean isConfirmingUnpublish() {
        return confirmingUnpublish;
    }
}
