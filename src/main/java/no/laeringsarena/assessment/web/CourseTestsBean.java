package no.laeringsarena.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.laeringsarena.assessment.AttemptService;
import no.laeringsarena.assessment.CourseTest;

/** The tests of a course, for the «Tester» section of the course page. */
@Named("courseTests")
@RequestScoped
public class CourseTestsBean {

    @Inject
    AttemptService service;

    public List<CourseTest> of(String courseKey) {
        return courseKey == null ? List.of() : service.testsOfCourse(courseKey);
    }
}
