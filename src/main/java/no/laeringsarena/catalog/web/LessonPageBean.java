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
        course = catalog.visible(courseKey, learner.maySeeDrafts()).orElse(null);
        lesson = course == null ? null : course.lesson(lessonKey).orElse(null);
        if (lesson == null) {
            Pages.notFound();
            return;
        }
        if (!course.isOpenAccess() && !learner.isLoggedIn()) {
            Pages.redirect("/logg-inn.xhtml");
            return;
        }
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback() && course.isPublished()) {
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
        if (learner.isLoggedIn() && course.isPublished()) {
            LessonOutcome outcome = learning.completeLesson(learner.id().orElseThrow(), courseKey, lessonKey,
                    List.copyOf(answers), language.getTag());
            next = outcome.nextLessonKey();
        } else {
            next = no.laeringsarena.catalog.CompletionRule.next(course.lessonRefs(), lessonKey).orElse(null);
        }
        return next == null ? Pages.courseOutcome(courseKey) : Pages.lessonOutcome(courseKey, next);
    }

    public boolean isReadyToComplete() {
        return lesson.getKind() != LessonKind.ACTIVE || answers.size() >= lesson.getSteps().size();
    }

    /** The step to answer now, or null when all are answered (or the lesson is not active). */
    public LessonStep getCurrentStep() {
        if (lesson.getKind() != LessonKind.ACTIVE || answers.size() >= lesson.getSteps().size()) {
            return null;
        }
        return lesson.getSteps().get(answers.size());
    }

    /** The steps already answered, to show above the current one. */
    public List<LessonStep> getAnsweredSteps() {
        return lesson.getSteps().subList(0, Math.min(answers.size(), lesson.getSteps().size()));
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
        List<Lesson> all = course.lessons();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).getLessonKey().equals(lessonKey)) {
                return all.get(i - 1).getLessonKey();
            }
        }
        return null;
    }

    public int getLessonNumber() {
        return course.lessons().indexOf(lesson) + 1;
    }

    public int getLessonCount() {
        return course.lessons().size();
    }

    public boolean isGuest() {
        return !learner.isLoggedIn();
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

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
