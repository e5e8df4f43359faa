package no.laeringsarena.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the questions of a new attempt and the order of their options. Pure: the same pool, rules and seed give the
 * same draw. Without rules every question is used in the order written; with rules each rule draws its count at
 * random among the matching questions not yet drawn, and the drawn set is shuffled. Options of choice and matching
 * questions are shuffled unless the question keeps its order (a scale); ordering questions always start shuffled,
 * never in the right order; true/false, numeric and text questions have no options to shuffle.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    public static List<DrawnQuestion> draw(List<Question> pool, List<DrawRule> rules, Random random) {
        List<Question> chosen = new ArrayList<>();
        if (rules.isEmpty()) {
            chosen.addAll(pool);
        } else {
            Set<String> taken = new HashSet<>();
            for (DrawRule rule : rules) {
                List<Question> candidates = new ArrayList<>(pool.stream()
                        .filter(q -> rule.matches(q) && !taken.contains(q.getQuestionKey())).toList());
                Collections.shuffle(candidates, random);
                for (Question q : candidates.subList(0, Math.min(rule.count(), candidates.size()))) {
                    chosen.add(q);
                    taken.add(q.getQuestionKey());
                }
            }
            Collections.shuffle(chosen, random);
        }
        List<DrawnQuestion> drawn = new ArrayList<>();
        for (Question question : chosen) {
            drawn.add(new DrawnQuestion(question.getQuestionKey(), optionOrder(question, random)));
        }
        return drawn;
    }

    /** How many questions the rules can draw from this pool (fewer than asked when a pool is too small). */
    public static int available(List<Question> pool, List<DrawRule> rules) {
        return draw(pool, rules, new Random(0)).size();
    }

    static List<String> optionOrder(Question question, Random random) {
        List<String> keys = new ArrayList<>(question.getOptions().stream().map(QuestionOption::getOptionKey).toList());
        switch (question.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, MATCHING -> {
                if (question.isShuffleOptions()) {
                    Collections.shuffle(keys, random);
                }
            }
            case ORDERING -> {
                List<String> right = question.answerKey().order();
                Collections.shuffle(keys, random);
                if (keys.size() > 1 && keys.equals(right)) {
                    Collections.rotate(keys, 1);
                }
            }
            default -> { }
        }
        return keys;
    }
}
