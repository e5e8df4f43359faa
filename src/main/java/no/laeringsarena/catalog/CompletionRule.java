package no.laeringsarena.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a course is complete, how far along a learner is, and where "Fortsett" takes her. A course is complete
 * when every required lesson is done; optional lessons never count, neither for completion nor for progress.
 * A course without required lessons is complete once every lesson is done.
 */
public final class CompletionRule {

    /** A lesson as the rule sees it. */
    public record LessonRef(String key, boolean required) {
    }

    private CompletionRule() {
    }

    public static boolean isComplete(List<LessonRef> lessons, Set<String> done) {
        if (lessons.isEmpty()) {
            return false;
        }
        List<LessonRef> counted = counted(lessons);
        return counted.stream().allMatch(l -> done.contains(l.key()));
    }

    /** 0–100, rounded down, so 100 means complete. */
    public static int percent(List<LessonRef> lessons, Set<String> done) {
        List<LessonRef> counted = counted(lessons);
        if (counted.isEmpty()) {
            return 0;
        }
        long finished = counted.stream().filter(l -> done.contains(l.key())).count();
        return (int) (finished * 100 / counted.size());
    }

    /**
     * Where to go on: the lesson she was last on if it is not done yet; else the first lesson after it (in course
     * order) not yet done, else the first not done anywhere, else the first lesson. Empty without lessons.
     */
    public static Optional<String> resumeAt(List<LessonRef> lessons, Set<String> done, String last) {
        if (lessons.isEmpty()) {
            return Optional.empty();
        }
        int start = 0;
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).key().equals(last)) {
                start = done.contains(last) ? i + 1 : i;
            }
        }
        for (int i = start; i < lessons.size(); i++) {
            if (!done.contains(lessons.get(i).key())) {
                return Optional.of(lessons.get(i).key());
            }
        }
        return lessons.stream().filter(l -> !done.contains(l.key())).map(LessonRef::key).findFirst()
                .or(() -> Optional.of(lessons.get(0).key()));
    }

    /** The lesson after this one in course order, if any. */
    public static Optional<String> next(List<LessonRef> lessons, String current) {
        for (int i = 0; i < lessons.size() - 1; i++) {
            if (lessons.get(i).key().equals(current)) {
                return Optional.of(lessons.get(i + 1).key());
            }
        }
        return Optional.empty();
    }

    /** Course hours on a certificate: the estimated minutes as hours, to one decimal, at least 0.1. */
    public static BigDecimal hours(int durationMinutes) {
        BigDecimal hours = BigDecimal.valueOf(durationMinutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        return hours.max(new BigDecimal("0.1"));
    }

    private static List<LessonRef> counted(List<LessonRef> lessons) {
        List<LessonRef> required = lessons.stream().filter(LessonRef::required).toList();
        return required.isEmpty() ? lessons : required;
    }
}
