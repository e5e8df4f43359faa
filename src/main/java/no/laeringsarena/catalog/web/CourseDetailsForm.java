package no.laeringsarena.catalog.web;

import java.io.Serializable;
import no.laeringsarena.catalog.CourseDetails;
import no.laeringsarena.catalog.CourseFormat;

/** The course details form of the course editor (and of "Nytt kurs"): what the fields hold between requests. */
public class CourseDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private String goals;
    private CourseFormat format = CourseFormat.NETTKURS;
    private String sector;
    private String theme;
    private String audience;
    private Integer durationMinutes;
    private String owner;
    private boolean openAccess;

    public static CourseDetailsForm of(CourseDetails d) {
        CourseDetailsForm form = new CourseDetailsForm();
        form.title = d.title();
        form.summary = d.summary();
        form.goals = String.join("\n", d.learningGoals());
        form.format = d.format();
        form.sector = d.sectorKey();
        form.theme = d.themeKey();
        form.audience = d.audience();
        form.durationMinutes = d.durationMinutes();
        form.owner = d.owner();
        form.openAccess = d.openAccess();
        return form;
    }

    public CourseDetails toDetails() {
        return new CourseDetails(title, summary, CourseDetails.goalLines(goals), format, sector,
                theme == null || theme.isBlank() ? null : theme, audience, durationMinutes == null ? 0 : durationMinutes,
                owner, openAccess);
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public boolean isOpenAccess() {
        return openAccess;
    }

    public void setOpenAccess(boolean openAccess) {
        this.openAccess = openAccess;
    }
}
