package no.laeringsarena.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * A competence area of a self-assessment: the topic its questions are tagged with, its name, and the courses
 * suggested to a learner who is weak in it.
 */
@Embeddable
public class CompetenceArea {

    @Column(name = "area_key", nullable = false, length = 100)
    private String areaKey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "suggested_courses", nullable = false)
    private String suggestedCourses;

    protected CompetenceArea() {
    }

    public CompetenceArea(String areaKey, String name, List<String> courseKeys) {
        this.areaKey = areaKey;
        this.name = name;
        this.suggestedCourses = String.join(",", courseKeys);
    }

    public String getAreaKey() {
        return areaKey;
    }

    public String getName() {
        return name;
    }

    public List<String> getSuggestedCourseKeys() {
        return suggestedCourses.isEmpty() ? List.of() : Arrays.asList(suggestedCourses.split(","));
    }
}
