package no.laeringsarena.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.assessment.AssessmentException;
import no.laeringsarena.assessment.Attempt;
import no.laeringsarena.assessment.AttemptAnswer;
import no.laeringsarena.assessment.AttemptOutcome;
import no.laeringsarena.assessment.AttemptService;
import no.laeringsarena.assessment.CompetenceProfile;
import no.laeringsarena.assessment.QuestionDraw;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.Role;
import no.laeringsarena.assessment.CourseTest;
import no.laeringsarena.assessment.FeedbackMode;
import no.laeringsarena.assessment.Grade;
import no.laeringsarena.assessment.GradeStatus;
import no.laeringsarena.assessment.Question;
import no.laeringsarena.assessment.QuestionOption;
import no.laeringsarena.assessment.QuestionType;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/**
 * A test (test/test.xhtml?key=...): the introduction and earlier attempts, then one question at a time. Each answer
 * is saved on the server when the learner moves on, so a closed tab loses nothing; the open attempt is resumed at
 * the first unanswered question. After submitting, the review shows what the feedback mode allows. The attempt id
 * lives in the view, never in the form; the service checks it belongs to the learner.
 */
@Named("testPage")
@ViewScoped
public class TestPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttemptService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageSelection language;

    private String key;
    private Long attemptId;
    private Long reviewAttemptId;
    private int index;
    private String single;
    private List<String> multiple = new ArrayList<>();
    private String text;
    private List<String> slots = new ArrayList<>();

    private transient CourseTest test;
    private transient List<Attempt> attempts;
    private transient Attempt open;

    /** View action on every request: the test or 404; resumes an open attempt on the first visit. */
    public void load() {
        test = null;
        attempts = null;
        open = null;
        if (getTest() == null) {
            notFound();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && attemptId == null && reviewAttemptId != null && isAnswerPost(faces)) {
            // a replayed question form of an attempt this view already submitted
            Messages.error(null, AttemptOutcome.ALREADY_SUBMITTED.messageKey());
        }
        if (!faces.isPostback()) {
            getOpen().ifPresent(attempt -> {
                attemptId = attempt.getId();
                index = firstUnanswered(attempt);
                fillForm();
            });
        }
    }

    private static boolean isAnswerPost(FacesContext faces) {
        var parameters = faces.getExternalContext().getRequestParameterMap();
        return parameters.containsKey("test-form:submit") || parameters.containsKey("test-form:next")
                || parameters.containsKey("test-form:previous");
    }

    public CourseTest getTest() {
        if (test == null && key != null) {
            test = service.test(key).orElse(null);
        }
        return test;
    }

    private long userId() {
        return currentUser.account().map(UserAccount::getId).orElseThrow();
    }

    public List<Attempt> getAttempts() {
        if (attempts == null) {
            attempts = service.attempts(userId(), getTest(), language.getTag());
        }
        return attempts;
    }

    private Optional<Attempt> getOpen() {
        if (open == null) {
            open = getAttempts().stream().filter(Attempt::isOpen).findFirst().orElse(null);
        }
        return Optional.ofNullable(open);
    }

    /** True while an attempt is being answered on this page. */
    public boolean isAnswering() {
        return attemptId != null;
    }

    public boolean isCanStart() {
        return getOpen().isEmpty() && getAttempts().size() < getTest().getAttemptsAllowed();
    }

    public int getAttemptsLeft() {
        return Math.max(0, getTest().getAttemptsAllowed() - getAttempts().size());
    }

    public String start() {
        try {
            Attempt attempt = service.start(userId(), key, language.getTag());
            attemptId = attempt.getId();
            reviewAttemptId = null;
            attempts = null;
            open = null;
            index = firstUnanswered(attempt);
            fillForm();
        } catch (AssessmentException e) {
            Messages.error(null, e.messageKey());
        }
        return null;
    }

    public String next() {
        return move(+1);
    }

    public String previous() {
        return move(-1);
    }

    private String move(int step) {
        boolean feedbackWasShown = isCurrentFeedbackShown();
        AttemptOutcome outcome = saveCurrent();
        attempts = null;
        open = null;
        if (outcome == AttemptOutcome.SAVED || outcome == AttemptOutcome.LOCKED) {
            boolean stayForFeedback = step > 0 && getTest().getFeedbackMode() == FeedbackMode.IMMEDIATE
                    && !feedbackWasShown && isCurrentFeedbackShown();
            if (!stayForFeedback) {
                index = Math.max(0, Math.min(getQuestions().size() - 1, index + step));
            }
            fillForm();
        }
        return null;
    }

    /**
     * Saves the current answer as soon as the learner changes it (ajax), so a closed tab or a crash loses nothing.
     * Not with immediate feedback, where a saved answer is final and shows the solution: there the learner decides
     * with "Neste".
     */
    public void saveDraft() {
        if (attemptId == null || getTest() == null || getTest().getFeedbackMode() == FeedbackMode.IMMEDIATE
                || isCurrentFeedbackShown()) {
            return;
        }
        // a late change from a question the learner has left must not land on the one now shown
        String shown = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("draft-question");
        if (shown == null || !shown.equals(getQuestion().getQuestionKey())) {
            return;
        }
        saveCurrent();
        attempts = null;
        open = null;
    }

    /** Whether answers are saved on every change ({@link #saveDraft}). */
    public boolean isAutosave() {
        return getTest() != null && getTest().getFeedbackMode() != FeedbackMode.IMMEDIATE;
    }

    /** Saves the current answer and submits the attempt once. */
    public String submit() {
        AttemptOutcome saved = saveCurrent();
        if (saved != AttemptOutcome.SAVED && saved != AttemptOutcome.LOCKED) {
            return null;
        }
        AttemptOutcome outcome = service.submit(userId(), attemptId, language.getTag());
        if (outcome != AttemptOutcome.SUBMITTED) {
            Messages.error(null, outcome.messageKey());
        } else {
            Messages.info(null, outcome.messageKey());
        }
        finishAttempt();
        return null;
    }

    private AttemptOutcome saveCurrent() {
        if (attemptId == null) {
            Messages.error(null, AttemptOutcome.ALREADY_SUBMITTED.messageKey());
            return AttemptOutcome.ALREADY_SUBMITTED;
        }
        Question question = getQuestion();
        AttemptOutcome outcome = service.save(userId(), attemptId, question.getQuestionKey(), formValues(question),
                language.getTag());
        if (outcome == AttemptOutcome.TOO_LATE || outcome == AttemptOutcome.ALREADY_SUBMITTED) {
            Messages.error(null, outcome.messageKey());
            finishAttempt();
        } else if (outcome == AttemptOutcome.INVALID) {
            Messages.error(null, outcome.messageKey());
        }
        return outcome;
    }

    private void finishAttempt() {
        reviewAttemptId = attemptId;
        attemptId = null;
        attempts = null;
        open = null;
    }

    private List<String> formValues(Question question) {
        return switch (question.getType()) {
            case MULTIPLE_CHOICE -> new ArrayList<>(multiple);
            case ORDERING -> new ArrayList<>(slots);
            case MATCHING -> {
                List<QuestionOption> options = options(question);
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < options.size() && i < slots.size(); i++) {
                    String right = slots.get(i);
                    if (right != null && !right.isBlank()) {
                        pairs.add(options.get(i).getOptionKey() + "=" + right);
                    }
                }
                yield pairs;
            }
            case NUMERIC, SHORT_TEXT, ESSAY -> text == null ? List.of() : List.of(text);
            default -> single == null ? List.of() : List.of(single);
        };
    }

    /** Puts the saved answer of the current question into the form. */
    private void fillForm() {
        Question question = getQuestion();
        List<String> values = savedValues(question);
        single = values.isEmpty() ? null : values.get(0);
        text = single;
        multiple = new ArrayList<>(values);
        slots = new ArrayList<>();
        List<QuestionOption> options = options(question);
        for (int i = 0; i < options.size(); i++) {
            String value = "";
            if (question.getType() == QuestionType.ORDERING && i < values.size()) {
                value = values.get(i);
            } else if (question.getType() == QuestionType.MATCHING) {
                String prefix = options.get(i).getOptionKey() + "=";
                value = values.stream().filter(v -> v.startsWith(prefix)).map(v -> v.substring(prefix.length()))
                        .findFirst().orElse("");
            }
            slots.add(value);
        }
    }

    private List<String> savedValues(Question question) {
        return currentAttempt().flatMap(a -> a.answer(question.getQuestionKey())).map(AttemptAnswer::values)
                .orElse(List.of());
    }

    private Optional<Attempt> currentAttempt() {
        return getOpen().filter(a -> a.getId().equals(attemptId));
    }

    private static int firstUnanswered(Attempt attempt) {
        List<Question> questions = attempt.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (attempt.answer(questions.get(i).getQuestionKey()).map(a -> !a.isAnswered()).orElse(true)) {
                return i;
            }
        }
        return Math.max(0, questions.size() - 1);
    }

    /** The questions of the attempt being answered, in its order; otherwise the test's. */
    public List<Question> getQuestions() {
        return currentAttempt().map(Attempt::questions).orElseGet(() -> getTest().pool());
    }

    /** How many questions an attempt has: all, or as many as the draw rules pick. */
    public int getQuestionCount() {
        return QuestionDraw.available(getTest().pool(), getTest().drawRules());
    }

    /** The current question's options in the order this attempt shows them (shuffled when drawn so). */
    public List<QuestionOption> getOptions() {
        return options(getQuestion());
    }

    private List<QuestionOption> options(Question question) {
        return currentAttempt().map(a -> a.options(question)).orElse(question.getOptions());
    }

    public Question getQuestion() {
        return getQuestions().get(Math.max(0, Math.min(index, getQuestions().size() - 1)));
    }

    public int getNumber() {
        return index + 1;
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast() {
        return index >= getQuestions().size() - 1;
    }

    public String getDeadline() {
        return currentAttempt().map(Attempt::getDeadline)
                .map(d -> d.atZoneSameInstant(java.time.ZoneId.of("Europe/Oslo")).toLocalTime()
                        .withNano(0).toString()).orElse(null);
    }

    /** The options as the learner sees them: key and text only, never whether they are right. */
    public List<SelectItem> getOptionItems() {
        List<SelectItem> items = new ArrayList<>();
        for (QuestionOption option : getOptions()) {
            items.add(new SelectItem(option.getOptionKey(), option.getText()));
        }
        return items;
    }

    public List<SelectItem> getTrueFalseItems() {
        return List.of(new SelectItem("true", Messages.text("assessment.true")),
                new SelectItem("false", Messages.text("assessment.false")));
    }

    /** Right-hand texts of a matching question, sorted alphabetically so the order gives nothing away. */
    public List<SelectItem> getMatchItems() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", Messages.text("assessment.choose")));
        getQuestion().answerKey().pairs().values().stream().distinct().sorted()
                .forEach(v -> items.add(new SelectItem(v, v)));
        return items;
    }

    public List<SelectItem> getOrderItems() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", Messages.text("assessment.choose")));
        items.addAll(getOptionItems());
        return items;
    }

    /** Immediate feedback mode: the current question was answered, so its answer is final and feedback shows. */
    public boolean isCurrentFeedbackShown() {
        return getTest().getFeedbackMode() == FeedbackMode.IMMEDIATE
                && currentAttempt().flatMap(a -> a.answer(getQuestion().getQuestionKey()))
                .map(AttemptAnswer::isAnswered).orElse(false);
    }

    public ReviewItem getCurrentFeedback() {
        if (!isCurrentFeedbackShown()) {
            return null;
        }
        return review(getQuestion(), currentAttempt().orElseThrow(), true);
    }

    /** The attempt to review: the one just submitted, else the latest submitted one. */
    public Attempt getReviewed() {
        List<Attempt> done = getAttempts().stream().filter(a -> !a.isOpen()).toList();
        if (done.isEmpty() || isAnswering()) {
            return null;
        }
        return done.stream().filter(a -> a.getId().equals(reviewAttemptId)).findFirst()
                .orElse(done.get(done.size() - 1));
    }

    public boolean isSolutionVisible() {
        Attempt reviewed = getReviewed();
        return reviewed != null && service.solutionVisible(reviewed, getAttempts().size());
    }

    public List<ReviewItem> getReviewItems() {
        Attempt reviewed = getReviewed();
        if (reviewed == null) {
            return List.of();
        }
        boolean solution = isSolutionVisible();
        List<ReviewItem> items = new ArrayList<>();
        for (Question question : reviewed.questions()) {
            items.add(review(question, reviewed, solution));
        }
        return items;
    }

    private ReviewItem review(Question question, Attempt attempt, boolean solution) {
        Optional<AttemptAnswer> answer = attempt.answer(question.getQuestionKey());
        List<String> values = answer.map(AttemptAnswer::values).orElse(List.of());
        Grade grade = answer.map(AttemptAnswer::grade).orElse(Grade.UNANSWERED);
        GradeStatus status = grade.status();
        String trainerFeedback = answer.filter(AttemptAnswer::isManuallyGraded)
                .map(a -> Messages.text("assessment.grading.pointsOf", AnswerText.format(a.getManualPoints()),
                        AnswerText.format(question.getPoints()))
                        + (a.getTrainerFeedback().isBlank() ? "" : " – " + a.getTrainerFeedback()))
                .orElse(null);
        return new ReviewItem(question.getText(), values.isEmpty() ? null : AnswerText.of(question, values), status,
                solution ? AnswerText.solution(question) : null,
                solution && !question.getExplanation().isBlank() ? question.getExplanation() : null,
                solution ? AnswerText.feedback(question, values) : List.of(), trainerFeedback);
    }

    /** A self-assessment's profile of the reviewed attempt: one result per competence area. */
    public List<CompetenceProfile.AreaResult> getProfile() {
        Attempt reviewed = getReviewed();
        return reviewed == null || !getTest().isSelfAssessment() ? List.of() : CompetenceProfile.of(reviewed);
    }

    /** Published courses suggested for the weak areas of the profile, each once. */
    public List<Course> getSuggestedCourses() {
        List<String> keys = getProfile().stream().filter(CompetenceProfile.AreaResult::isWeak)
                .flatMap(r -> r.area().getSuggestedCourseKeys().stream()).distinct().toList();
        return service.publishedCourses(keys);
    }

    public boolean isTrainer() {
        return currentUser.hasRole(Role.KURSHOLDER.groupName()) || currentUser.hasRole(Role.SYSTEMADMINISTRATOR.groupName());
    }

    public String getHelpKey() {
        return "assessment.help." + getQuestion().getType().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getNoSolutionKey() {
        return "assessment.noSolution." + getTest().getFeedbackMode().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String percent(Attempt attempt) {
        double max = attempt.getMaxScore();
        return max == 0 ? "0" : Long.toString(Math.round(100 * attempt.getScore() / max));
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getMultiple() {
        return multiple;
    }

    public void setMultiple(List<String> multiple) {
        this.multiple = multiple == null ? new ArrayList<>() : multiple;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getSlots() {
        return slots;
    }

    public void setSlots(List<String> slots) {
        this.slots = slots;
    }
}
