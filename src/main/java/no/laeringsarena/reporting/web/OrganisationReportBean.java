package no.laeringsarena.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.LearningPath;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.CallerRoles;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UnitTree;
import no.laeringsarena.platform.web.ChartBar;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.reporting.AssignmentRejected;
import no.laeringsarena.reporting.AssignmentTarget;
import no.laeringsarena.reporting.CourseAssignment;
import no.laeringsarena.reporting.CourseCompletion;
import no.laeringsarena.reporting.OrganisationReporting;
import no.laeringsarena.reporting.UnitCompletion;

/** The organisation report page: assign a course with a deadline, and see completion per assigned course. */
@Named("orgReport")
@ViewScoped
public class OrganisationReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationReporting reporting;

    @Inject
    CallerRoles callerRoles;

    @PersistenceContext(unitName = "laeringsarena")
    transient EntityManager em;

    private String courseKey;
    private LocalDate deadline;
    private Long unitId;
    private Long assignUnitId;
    private String pathKey;
    private String assignRole;
    private String assignPeople;
    private transient List<CourseCompletion> lines;
    private transient List<UnitCompletion> perUnit;
    private transient List<UnitTree.Node> units;

    /** Before the page renders: a unit outside the caller's reach is a 403, not a broken page. */
    public void checkReach() throws java.io.IOException {
        try {
            getLines();
        } catch (AccessDeniedException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "");
            faces.responseComplete();
        }
    }

    public List<CourseCompletion> getLines() {
        if (lines == null) {
            lines = reporting.report(unitId);
        }
        return lines;
    }

    /** Completion per assigned course as bars (the report table below the chart holds the same figures). */
    public List<ChartBar> getChart() {
        return getLines().stream().map(line -> new ChartBar(line.assignedTo() == null ? line.courseTitle()
                : line.courseTitle() + " (" + line.assignedTo() + ")", line.percentCompleted())).toList();
    }

    /** Per unit one level below the chosen one: the same figures, split up. */
    public List<UnitCompletion> getPerUnit() {
        if (perUnit == null) {
            perUnit = reporting.perUnit(unitId);
        }
        return perUnit;
    }

    public List<UnitTree.Node> getUnits() {
        if (units == null) {
            units = reporting.units();
        }
        return units;
    }

    /** Only an organisation administrator assigns courses; a leader reads the reports. */
    public boolean isMayAssign() {
        return callerRoles.has(Role.VIRKSOMHETSADMINISTRATOR);
    }

    /** The query string for the downloads: the chosen unit, if any. */
    public String getDownloadQuery() {
        return unitId == null ? "" : "?enhet=" + unitId;
    }

    public Long getAssignUnitId() {
        return assignUnitId;
    }

    public void setAssignUnitId(Long assignUnitId) {
        this.assignUnitId = assignUnitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<Course> getCourses() {
        return em.createNamedQuery("Course.published", Course.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Course::getTitle)).toList();
    }

    public String getOrganisationName() {
        return reporting.organisationName();
    }

    public void assign() {
        AssignmentTarget.Parsed parsed = AssignmentTarget.parse(assignUnitId, assignRole, assignPeople);
        if (!parsed.ok()) {
            parsed.problems().forEach(key -> Messages.error(null, key, String.join(", ", parsed.badEmails())));
            return;
        }
        try {
            List<CourseAssignment> assigned = reporting.assign(courseKey, pathKey, deadline, parsed.target());
            CourseAssignment first = assigned.get(0);
            String title = first.subjectTitle();
            switch (parsed.target().kind()) {
                case UNIT -> Messages.info(null, "reporting.assign.doneUnit", title, first.getUnit().getName());
                case ROLE -> Messages.info(null, "reporting.assign.doneRole", title,
                        Messages.text(first.getRole().messageKey()));
                case PEOPLE -> Messages.info(null, "reporting.assign.donePeople", title, assigned.size());
                default -> Messages.info(null, "reporting.assign.done", title);
            }
            lines = null;
            perUnit = null;
            assignPeople = null;
        } catch (AssignmentRejected e) {
            for (String problem : e.messageKeys()) {
                int colon = problem.indexOf(':');
                if (colon < 0) {
                    Messages.error(null, problem);
                } else {
                    Messages.error(null, problem.substring(0, colon), problem.substring(colon + 1));
                }
            }
        }
    }

    /** The learning paths an administrator can assign. */
    public List<LearningPath> getPaths() {
        return em.createNamedQuery("LearningPath.all", LearningPath.class).getResultList();
    }

    /** The roles an administrator can assign to. */
    public List<Role> getRoles() {
        return List.copyOf(AssignmentTarget.ASSIGNABLE_ROLES);
    }

    public String getPathKey() {
        return pathKey;
    }

    public void setPathKey(String pathKey) {
        this.pathKey = pathKey;
    }

    public String getAssignRole() {
        return assignRole;
    }

    public void setAssignRole(String assignRole) {
        this.assignRole = assignRole;
    }

    public String getAssignPeople() {
        return assignPeople;
    }

    public void setAssignPeople(String assignPeople) {
        this.assignPeople = assignPeople;
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
