package no.laeringsarena.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.reporting.AssignmentRejected;
import no.laeringsarena.reporting.CourseAssignment;
import no.laeringsarena.reporting.CourseCompletion;
import no.laeringsarena.reporting.OrganisationReporting;

/** The organisation report page: assign a course with a deadline, and see completion per assigned course. */
@Named("orgReport")
@ViewScoped
public class OrganisationReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationReporting reporting;

    @PersistenceContext(unitName = "laeringsarena")
    transient EntityManager em;

    private String courseKey;
    private LocalDate deadline;
    private transient List<CourseCompletion> lines;

    public List<CourseCompletion> getLines() {
        if (lines == null) {
            lines = reporting.report();
        }
        return lines;
    }

    public List<Course> getCourses() {
        return em.createNamedQuery("Course.published", Course.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Course::getTitle)).toList();
    }

    public String getOrganisationName() {
        return reporting.organisationName();
    }

    public void assign() {
        try {
            CourseAssignment assignment = reporting.assign(courseKey, deadline);
            Messages.info(null, "reporting.assign.done", assignment.getCourse().getTitle());
            lines = null;
        } catch (AssignmentRejected e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
    }

    public String getCourseKey() {
        return courseKey;
    }

    public void setCourseKey(String courseKey) {
        this.courseKey = courseKey;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
