package no.laeringsarena.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a course holder's input must be, with no database: each check answers every problem at once (field and
 * message key), so the form can show them all. The service runs these before it changes anything.
 */
public final class CourseValidation {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int GOAL_MAX = 300;
    public static final int GOALS_MAX = 15;
    public static final int AUDIENCE_MAX = 300;
    public static final int OWNER_MAX = 200;
    public static final int DURATION_MAX = 6000;
    public static final int BODY_MAX = 50_000;
    public static final int URL_MAX = 1000;
    public static final int QUESTION_MAX = 2000;
    public static final int OPTION_MAX = 500;
    public static final int OPTIONS_MAX = 10;

    /** A package lesson's unit: {@code cmi5:<id>}, {@code scorm:<id>}. */
    public static final Pattern PACKAGE_REFERENCE = Pattern.compile("[a-z0-9]{2,10}:[1-9][0-9]{0,17}");
    private static final Pattern MEDIA_REFERENCE = Pattern.compile("media:[1-9][0-9]{0,17}");

    private CourseValidation() {
    }

    public static List<AuthoringProblem> details(CourseDetails d) {
        List<AuthoringProblem> problems = new ArrayList<>();
        text(problems, "title", d.title(), TITLE_MAX, "authoring.error.titleMissing", "authoring.error.titleTooLong");
        text(problems, "summary", d.summary(), SUMMARY_MAX, "authoring.error.summaryMissing", "authoring.error.summaryTooLong");
        if (d.learningGoals().isEmpty()) {
            problems.add(AuthoringProblem.of("goals", "authoring.error.goalsMissing"));
        } else if (d.learningGoals().size() > GOALS_MAX) {
            problems.add(AuthoringProblem.of("goals", "authoring.error.tooManyGoals", GOALS_MAX));
        } else if (d.learningGoals().stream().anyMatch(g -> g.length() > GOAL_MAX)) {
            problems.add(AuthoringProblem.of("goals", "authoring.error.goalTooLong", GOAL_MAX));
        }
        if (d.format() == null) {
            problems.add(AuthoringProblem.of("format", "authoring.error.formatMissing"));
        }
        if (d.sectorKey() == null || d.sectorKey().isBlank()) {
            problems.add(AuthoringProblem.of("sector", "authoring.error.sectorMissing"));
        }
        if (d.audience() != null && d.audience().strip().length() > AUDIENCE_MAX) {
            problems.add(AuthoringProblem.of("audience", "authoring.error.audienceTooLong", AUDIENCE_MAX));
        }
        if (d.durationMinutes() < 1 || d.durationMinutes() > DURATION_MAX) {
            problems.add(AuthoringProblem.of("duration", "authoring.error.duration", DURATION_MAX));
        }
        text(problems, "owner", d.owner(), OWNER_MAX, "authoring.error.ownerMissing", "authoring.error.ownerTooLong");
        return problems;
    }

    public static List<AuthoringProblem> moduleTitle(String title) {
        List<AuthoringProblem> problems = new ArrayList<>();
        text(problems, null, title, TITLE_MAX, "authoring.error.moduleTitleMissing", "authoring.error.titleTooLong");
        return problems;
    }

    public static List<AuthoringProblem> lesson(LessonDraft l) {
        List<AuthoringProblem> problems = new ArrayList<>();
        text(problems, "lessonTitle", l.title(), TITLE_MAX, "authoring.error.titleMissing", "authoring.error.titleTooLong");
        if (l.kind() == null) {
            problems.add(AuthoringProblem.of("kind", "authoring.error.kindMissing"));
            return problems;
        }
        String body = l.bodyMarkdown() == null ? "" : l.bodyMarkdown().strip();
        if (body.length() > BODY_MAX) {
            problems.add(AuthoringProblem.of("body", "authoring.error.bodyTooLong", BODY_MAX));
        }
        switch (l.kind()) {
            case TEXT -> {
                if (body.isEmpty()) {
                    problems.add(AuthoringProblem.of("body", "authoring.error.textMissing"));
                }
            }
            case VIDEO -> {
                mediaAddress(problems, "mediaUrl", l.mediaUrl(), true, "authoring.error.videoMissing");
                mediaAddress(problems, "captionsUrl", l.captionsUrl(), false, null);
                if (body.isEmpty() && isBlank(l.captionsUrl())) {
                    problems.add(AuthoringProblem.of("body", "authoring.error.videoNeedsTextAlternative"));
                }
            }
            case DOCUMENT -> mediaAddress(problems, "mediaUrl", l.mediaUrl(), true, "authoring.error.documentMissing");
            case ACTIVE -> {
                // the steps are checked one by one, and at publishing
            }
            case PACKAGE -> {
                if (l.mediaUrl() == null || !PACKAGE_REFERENCE.matcher(l.mediaUrl().strip()).matches()) {
                    problems.add(AuthoringProblem.of("mediaUrl", "authoring.error.packageMissing"));
                }
            }
            case TEST -> {
                if (l.mediaUrl() == null || !no.laeringsarena.content.FrontMatterFields.KEY.matcher(l.mediaUrl().strip()).matches()) {
                    problems.add(AuthoringProblem.of("mediaUrl", "authoring.error.testMissing"));
                }
            }
        }
        return problems;
    }

    public static List<AuthoringProblem> step(StepContent s) {
        List<AuthoringProblem> problems = new ArrayList<>();
        text(problems, "stepTitle", s.title(), TITLE_MAX, "authoring.error.titleMissing", "authoring.error.titleTooLong");
        if (s.bodyMarkdown() != null && s.bodyMarkdown().length() > BODY_MAX) {
            problems.add(AuthoringProblem.of("stepBody", "authoring.error.bodyTooLong", BODY_MAX));
        }
        text(problems, "question", s.question(), QUESTION_MAX, "authoring.error.questionMissing", "authoring.error.questionTooLong");
        if (s.questionKind() == null) {
            problems.add(AuthoringProblem.of("questionKind", "authoring.error.questionKindMissing"));
        } else if (s.questionKind() == QuestionKind.CHOICE) {
            List<String> options = s.options();
            if (options.size() < 2 || options.size() > OPTIONS_MAX) {
                problems.add(AuthoringProblem.of("options", "authoring.error.options", OPTIONS_MAX));
            } else if (options.stream().anyMatch(o -> o.isBlank() || o.length() > OPTION_MAX)) {
                problems.add(AuthoringProblem.of("options", "authoring.error.optionTooLong", OPTION_MAX));
            }
            if (s.correctOption() == null || s.correctOption() < 0 || s.correctOption() >= options.size()) {
                problems.add(AuthoringProblem.of("correctOption", "authoring.error.correctOption"));
            }
        }
        return problems;
    }

    /** What must hold before a course can be published: lessons to take, and steps in every active lesson. */
    public static List<AuthoringProblem> publishable(Course course) {
        List<AuthoringProblem> problems = new ArrayList<>(details(course.details()));
        if (course.lessons().isEmpty()) {
            problems.add(AuthoringProblem.of(null, "authoring.error.noLessons"));
        }
        for (CourseModule module : course.getModules()) {
            if (module.getLessons().isEmpty()) {
                problems.add(AuthoringProblem.of(null, "authoring.error.emptyModule", module.getTitle()));
            }
        }
        for (Lesson lesson : course.lessons()) {
            if (!lesson(lesson.draft()).isEmpty()) {
                problems.add(AuthoringProblem.of(null, "authoring.error.lessonIncomplete", lesson.getTitle()));
            }
            if (lesson.getKind() == LessonKind.ACTIVE && lesson.getSteps().isEmpty()) {
                problems.add(AuthoringProblem.of(null, "authoring.error.activeWithoutSteps", lesson.getTitle()));
            }
        }
        return problems;
    }

    /** An https/http address or a reference to an uploaded file ({@code media:<id>}). */
    static boolean isMediaAddress(String text) {
        if (text == null) {
            return false;
        }
        String value = text.strip();
        if (MEDIA_REFERENCE.matcher(value).matches()) {
            return true;
        }
        if (value.length() > URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void mediaAddress(List<AuthoringProblem> problems, String field, String value, boolean required,
                                     String missingKey) {
        if (isBlank(value)) {
            if (required) {
                problems.add(AuthoringProblem.of(field, missingKey));
            }
        } else if (!isMediaAddress(value)) {
            problems.add(AuthoringProblem.of(field, "authoring.error.badAddress"));
        }
    }

    private static void text(List<AuthoringProblem> problems, String field, String value, int max, String missingKey,
                             String tooLongKey) {
        if (isBlank(value)) {
            problems.add(AuthoringProblem.of(field, missingKey));
        } else if (value.strip().length() > max) {
            problems.add(AuthoringProblem.of(field, tooLongKey, max));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
