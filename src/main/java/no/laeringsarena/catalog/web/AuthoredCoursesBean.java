package no.laeringsarena.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.identity.web.CurrentUser;

/** "Mine kurs som kursholder" (kursholder/mine-kurs.xhtml): the courses I may edit, and a form for a new course. */
@Named("authoredCourses")
@ViewScoped
public class AuthoredCoursesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learner learner;

    @Inject
    CurrentUser currentUser;

    private CourseDetailsForm form;
    private transient List<CourseAuthoring.AuthoredCourse> courses;

    public List<CourseAuthoring.AuthoredCourse> getCourses() {
        if (courses == null) {
            courses = authoring.myCourses(learner.id().orElseThrow());
        }
        return courses;
    }

    /** Creates the draft and opens it in the editor. */
    public String create() {
        Course[] created = new Course[1];
        boolean ok = AuthoringPages.run("new-course", () -> created[0] = authoring.create(learner.id().orElseThrow(), getForm().toDetails()));
        return ok ? CourseEditorBean.outcome(created[0].getCourseKey()) : null;
    }

    public CourseDetailsForm getForm() {
        if (form == null) {
            form = new CourseDetailsForm();
            form.setOwner(currentUser.getOrganisationName());
        }
        return form;
    }
}
