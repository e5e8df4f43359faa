package no.laeringsarena.learningrecord;

import java.time.Duration;

/**
 * The outcome of a learning event, where there is one. Every field may be null when it does not apply;
 * {@code scaled} is between -1 and 1 as xAPI requires.
 */
public record LearningResult(Double scaled, Double raw, Double min, Double max, Boolean success, Boolean completion,
                             Duration duration, String response) {

    public static LearningResult completion(Duration duration) {
        return new LearningResult(null, null, null, null, null, true, duration, null);
    }

    public static LearningResult score(double raw, double max, boolean success, Duration duration) {
        double scaled = max == 0 ? 0 : raw / max;
        return new LearningResult(scaled, raw, 0.0, max, success, true, duration, null);
    }
}
