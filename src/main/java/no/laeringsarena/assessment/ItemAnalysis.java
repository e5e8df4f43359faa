package no.laeringsarena.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item analysis of a test's questions over submitted attempts, as the classical test theory does it. Pure.
 * <ul>
 * <li><b>Facility index</b>: the mean share of the question's points earned (0 = nobody, 1 = everybody).</li>
 * <li><b>Discrimination</b>: the corrected point-biserial correlation, i.e. Pearson's r between the share earned on
 *     the question and the share earned on the rest of the attempt (the attempt without this question, so the
 *     question does not correlate with itself). Good questions are answered right by those who do well
 *     otherwise (r ≥ 0.2); a negative r usually means a wrong answer key or a misleading text. Undefined (null) when
 *     everybody got the same on the question or on the rest.</li>
 * </ul>
 * A question is flagged when fewer than {@link #MIN_RESPONSES} attempts answered it (too few to judge), when its
 * facility is below 0.2 or above 0.9, or when its discrimination is below 0.2 (negative: a flag of its own).
 * Attempts drew different questions, so each question counts only the attempts it was in; an essay counts once
 * graded.
 */
public final class ItemAnalysis {

    public static final int MIN_RESPONSES = 5;
    static final double TOO_HARD_BELOW = 0.2;
    static final double TOO_EASY_ABOVE = 0.9;
    static final double LOW_DISCRIMINATION_BELOW = 0.2;

    public enum Flag {
        TOO_FEW_RESPONSES, TOO_HARD, TOO_EASY, LOW_DISCRIMINATION, NEGATIVE_DISCRIMINATION;

        public String messageKey() {
            return "assessment.analysis.flag." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One question's score in one attempt: the share earned and the question's points. */
    public record Score(String questionKey, double fraction, double points) {
    }

    /** One question's figures. */
    public record Item(String questionKey, int responses, double facility, Double discrimination, Set<Flag> flags) {

        public boolean isFlagged() {
            return !flags.isEmpty();
        }
    }

    private ItemAnalysis() {
    }

    /** Analyses the questions (in the order given) over the attempts, each given as its question scores. */
    public static List<Item> analyse(List<String> questionKeys, List<List<Score>> attempts) {
        Map<String, List<double[]>> pairs = new LinkedHashMap<>(); // item share, rest share
        questionKeys.forEach(k -> pairs.put(k, new ArrayList<>()));
        for (List<Score> attempt : attempts) {
            double earned = 0;
            double max = 0;
            for (Score s : attempt) {
                earned += s.fraction() * s.points();
                max += s.points();
            }
            for (Score s : attempt) {
                List<double[]> list = pairs.get(s.questionKey());
                if (list == null) {
                    continue;
                }
                double restMax = max - s.points();
                double rest = restMax <= 0 ? 0 : (earned - s.fraction() * s.points()) / restMax;
                list.add(new double[] {s.fraction(), rest});
            }
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> entry : pairs.entrySet()) {
            List<double[]> list = entry.getValue();
            int n = list.size();
            double facility = n == 0 ? 0 : list.stream().mapToDouble(p -> p[0]).average().orElse(0);
            Double discrimination = correlation(list);
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (n < MIN_RESPONSES) {
                flags.add(Flag.TOO_FEW_RESPONSES);
            } else {
                if (facility < TOO_HARD_BELOW) {
                    flags.add(Flag.TOO_HARD);
                }
                if (facility > TOO_EASY_ABOVE) {
                    flags.add(Flag.TOO_EASY);
                }
                if (discrimination != null && discrimination < 0) {
                    flags.add(Flag.NEGATIVE_DISCRIMINATION);
                } else if (discrimination != null && discrimination < LOW_DISCRIMINATION_BELOW) {
                    flags.add(Flag.LOW_DISCRIMINATION);
                }
            }
            items.add(new Item(entry.getKey(), n, facility, discrimination, flags));
        }
        return items;
    }

    /** Pearson's r of the pairs; null when there are fewer than two or either side does not vary. */
    static Double correlation(List<double[]> pairs) {
        int n = pairs.size();
        if (n < 2) {
            return null;
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        if (sxx < 1e-12 || syy < 1e-12) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
