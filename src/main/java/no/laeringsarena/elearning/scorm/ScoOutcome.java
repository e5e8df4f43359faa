package no.laeringsarena.elearning.scorm;

/**
 * What a SCO reports about the learner, read the same way for both editions.
 *
 * @param completed the SCO says it is completed (1.2: completed, passed or failed; 2004: completion_status completed)
 * @param success   TRUE passed, FALSE failed, null unknown
 * @param scaled    the score from -1 to 1 (1.2: raw scaled by min and max, 0-100 by default), or null
 * @param raw       the raw score, or null
 * @param min       the lowest score, or null
 * @param max       the highest score, or null
 */
public record ScoOutcome(boolean completed, Boolean success, Double scaled, Double raw, Double min, Double max) {

    /**
     * Whether the lesson the SCO is counts as done: completed and not failed, or passed. A failed SCO is not done;
     * the learner can try again.
     */
    public boolean satisfied() {
        return Boolean.TRUE.equals(success) || (completed && success == null);
    }
}
