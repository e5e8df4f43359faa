package no.laeringsarena.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseCatalog;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.catalog.LessonOutcome;
import no.laeringsarena.catalog.LessonStep;
import no.laeringsarena.catalog.LearningService;
import no.laeringsarena.catalog.StepAnswers;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/**
 * A lesson (kurs/leksjon.xhtml?kurs=...&amp;leksjon=...): text, video with transcript, document, or an active
 * lesson answered step by step; "Marker som fullført" records it and goes on. Guests may play open courses, without
 * progress; other courses need a login.
 */
@Named("lessonPage")
@ViewScoped
public class LessonPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningService learning;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    private String courseKey;
    private String lessonKey;
    private transient Course course;
    private transient Lesson lesson;
    private final List<String> answers = new ArrayList<>();
    private String answer;

    /** View action on every request: the course and lesson, or 404; a guest on a closed course goes to log in. */
    public void load() {
        course = null;
        if (getLesson() == null) {
            Pages.notFound();
            return;
        }
        if (!getCourse().isOpenAccess() && !learner.isLoggedIn()) {
            Pages.redirect("/logg-inn.xhtml");
            return;
        }
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback() && getCourse().isPublished()) {
            learner.id().ifPresent(userId -> {
                learning.start(userId, courseKey, language.getTag());
                learning.visit(userId, courseKey, lessonKey);
            });
        }
    }

    /** Checks the answer to the current step of an active lesson; the next step shows only when it is accepted. */
    public void answerStep() {
        LessonStep step = getCurrentStep();
        if (step == null) {
            return;
        }
        if (!StepAnswers.accepts(step.content(), answer)) {
            Messages.error("lesson-form:answer", switch (step.getQuestionKind()) {
                case REFLECTION -> "catalog.step.reflectionRequired";
                case CHOICE -> answer == null ? "catalog.step.choiceRequired" : "catalog.step.wrongChoice";
            });
            return;
        }
        answers.add(answer.strip());
        answer = null;
    }

    /** Marks the lesson as done (logged in) and goes to the next lesson, or back to the course after the last. */
    public String complete() {
        if (!isReadyToComplete()) {
            Messages.error(null, "catalog.step.answerAll");
            return null;
        }
        String next;
        if (learner.isLoggedIn() && getCourse().isPublished()) {
            LessonOutcome outcome = learning.completeLesson(learner.id().orElseThrow(), courseKey, lessonKey,
                    List.copyOf(answers), language.getTag());
            next = outcome.nextLessonKey();
        } else {
            next = no.laeringsarena.catalog.CompletionRule.next(getCourse().lessonRefs(), lessonKey).orElse(null);
        }
        return next == null ? Pages.courseOutcome(courseKey) : Pages.lessonOutcome(courseKey, next);
    }

    /** A package lesson is completed by its package (cmi5 moveOn), a test lesson by passing it; never by this button. */
    public boolean isReadyToComplete() {
        if (getLesson().getKind() == LessonKind.PACKAGE || getLesson().getKind() == LessonKind.TEST) {
            return false;
        }
        return getLesson().getKind() != LessonKind.ACTIVE || answers.size() >= getLesson().getSteps().size();
    }

    /** The step to answer now, or null when all are answered (or the lesson is not active). */
    public LessonStep getCurrentStep() {
        if (getLesson().getKind() != LessonKind.ACTIVE || answers.size() >= getLesson().getSteps().size()) {
            return null;
        }
        return getLesson().getSteps().get(answers.size());
    }

    /** The steps already answered, to show above the current one. */
    public List<LessonStep> getAnsweredSteps() {
        return getLesson().getSteps().subList(0, Math.min(answers.size(), getLesson().getSteps().size()));
    }

    /** The options of the current single-choice step, valued by their index. */
    public List<jakarta.faces.model.SelectItem> getCurrentOptions() {
        LessonStep step = getCurrentStep();
        List<jakarta.faces.model.SelectItem> items = new ArrayList<>();
        if (step != null) {
            List<String> options = step.getOptions();
            for (int i = 0; i < options.size(); i++) {
                items.add(new jakarta.faces.model.SelectItem(String.valueOf(i), options.get(i)));
            }
        }
        return items;
    }

    public int getStepNumber() {
        return answers.size() + 1;
    }

    public String getPreviousLessonKey() {
        List<Lesson> all = getCourse().lessons();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).getLessonKey().equals(lessonKey)) {
                return all.get(i - 1).getLessonKey();
            }
        }
        return null;
    }

    public int getLessonNumber() {
        return getCourse().lessons().indexOf(lesson) + 1;
    }

    public int getLessonCount() {
        return getCourse().lessons().size();
    }

    /** Whether the logged-in learner has done this lesson (a package lesson: its package has met moveOn). */
    public boolean isLessonDone() {
        return learner.id().flatMap(userId -> learning.enrolment(userId, courseKey))
                .map(e -> e.completedLessonKeys().contains(lessonKey)).orElse(false);
    }

    public boolean isGuest() {
        return !learner.isLoggedIn();
    }

    public Course getCourse() {
        ensureLoaded();
        return course;
    }

    public Lesson getLesson() {
        ensureLoaded();
        return lesson;
    }

    // loaded on first use in each request: on a postback, components ask before the view action has run
    private void ensureLoaded() {
        if (course == null) {
            course = catalog.visible(courseKey, learner.maySeeDrafts()).orElse(null);
            lesson = course == null ? null : course.lesson(lessonKey).orElse(null);
        }
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

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
