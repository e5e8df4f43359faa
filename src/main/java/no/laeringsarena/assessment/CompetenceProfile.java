package no.laeringsarena.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a self-assessment: per competence area, the share of the points earned by the area's questions in
 * this attempt, and whether the area is weak (below {@link #WEAK_BELOW_PERCENT}), strong, or in between. Pure.
 */
public final class CompetenceProfile {

    /** An area under this share of its points is weak, and its courses are suggested. */
    public static final int WEAK_BELOW_PERCENT = 60;
    /** An area at or above this share is strong. */
    public static final int STRONG_FROM_PERCENT = 80;

    /** One area's result; {@code percent} is rounded, {@code questions} the number of its questions answered. */
    public record AreaResult(CompetenceArea area, double earned, double max, int percent, int questions) {

        public boolean isWeak() {
            return percent < WEAK_BELOW_PERCENT;
        }

        public boolean isStrong() {
            return percent >= STRONG_FROM_PERCENT;
        }

        public String getLevelKey() {
            return isWeak() ? "assessment.profile.level.weak"
                    : isStrong() ? "assessment.profile.level.strong" : "assessment.profile.level.middle";
        }
    }

    private CompetenceProfile() {
    }

    /** The profile of a submitted attempt, in the order the test lists its areas; areas without questions are left out. */
    public static List<AreaResult> of(Attempt attempt) {
        Map<String, double[]> sums = new LinkedHashMap<>(); // earned, max, count
        for (Question question : attempt.questions()) {
            if (!question.getType().autoGraded()) {
                continue;
            }
            double fraction = attempt.answer(question.getQuestionKey()).map(a -> a.getFraction()).orElse(0.0);
            double[] sum = sums.computeIfAbsent(question.getTopic(), k -> new double[3]);
            sum[0] += fraction * question.getPoints();
            sum[1] += question.getPoints();
            sum[2]++;
        }
        List<AreaResult> results = new ArrayList<>();
        for (CompetenceArea area : attempt.getTest().getAreas()) {
            double[] sum = sums.get(area.getAreaKey());
            if (sum == null || sum[1] == 0) {
                continue;
            }
            int percent = (int) Math.round(100 * sum[0] / sum[1]);
            results.add(new AreaResult(area, sum[0], sum[1], percent, (int) sum[2]));
        }
        return results;
    }
}
