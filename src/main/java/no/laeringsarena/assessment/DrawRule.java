package no.laeringsarena.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule for drawing an attempt's questions from the test's tagged pool: {@code count} questions at random among
 * those with the topic (null: any) and the difficulty (null: any). Stored as {@code count|topic|difficulty} lines.
 */
public record DrawRule(int count, String topic, Difficulty difficulty) {

    public DrawRule {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        topic = topic == null || topic.isBlank() ? null : topic;
    }

    public boolean matches(Question question) {
        return (topic == null || topic.equals(question.getTopic()))
                && (difficulty == null || difficulty == question.getDifficulty());
    }

    public static String encode(List<DrawRule> rules) {
        StringBuilder out = new StringBuilder();
        for (DrawRule rule : rules) {
            out.append(rule.count).append('|').append(rule.topic == null ? "" : rule.topic).append('|')
                    .append(rule.difficulty == null ? "" : rule.difficulty.name()).append('\n');
        }
        return out.toString();
    }

    public static List<DrawRule> decode(String text) {
        List<DrawRule> rules = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\n")) {
            String[] parts = line.split("\\|", -1);
            if (parts.length == 3) {
                rules.add(new DrawRule(Integer.parseInt(parts[0]), parts[1],
                        parts[2].isEmpty() ? null : Difficulty.valueOf(parts[2])));
            }
        }
        return rules;
    }

    /**
     * Reads a rule as written in a test file: {@code 3}, {@code 2 personvern} or {@code 1 personvern vanskelig}
     * ({@code *} for any topic); null when it is not one.
     */
    public static DrawRule parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length < 1 || parts.length > 3 || !parts[0].matches("[1-9][0-9]{0,2}")) {
            return null;
        }
        String topic = parts.length > 1 && !parts[1].equals("*") ? parts[1] : null;
        Difficulty difficulty = null;
        if (parts.length == 3) {
            difficulty = Difficulty.fromContentName(parts[2]);
            if (difficulty == null) {
                return null;
            }
        }
        return new DrawRule(Integer.parseInt(parts[0]), topic, difficulty);
    }
}
