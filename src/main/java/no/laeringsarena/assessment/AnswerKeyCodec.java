package no.laeringsarena.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores an {@link AnswerKey} as text, one {@code name:value} per line ({@code correct:b}, {@code pair:a=Altinn},
 * {@code order:c}, {@code number:2.5}, {@code tolerance:0.1}, {@code accept:Bærum}, {@code pattern:...},
 * {@code partial:true}, {@code weight:b=0.5}), and a learner's values as one value per line.
 */
public final class AnswerKeyCodec {

    private AnswerKeyCodec() {
    }

    public static String encode(AnswerKey key) {
        StringBuilder out = new StringBuilder();
        key.correctOptions().forEach(v -> line(out, "correct", v));
        key.pairs().forEach((left, right) -> line(out, "pair", left + "=" + right));
        key.order().forEach(v -> line(out, "order", v));
        if (key.number() != null) {
            line(out, "number", key.number().toString());
            line(out, "tolerance", Double.toString(key.tolerance()));
        }
        key.acceptedTexts().forEach(v -> line(out, "accept", v));
        if (key.pattern() != null) {
            line(out, "pattern", key.pattern());
        }
        key.weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> line(out, "weight", e.getKey() + "=" + e.getValue()));
        if (key.partialOrdering()) {
            line(out, "partial", "true");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(name).append(':').append(value.replace('\n', ' ')).append('\n');
    }

    public static AnswerKey decode(String text) {
        List<String> correct = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Double number = null;
        double tolerance = 0;
        String pattern = null;
        boolean partial = false;
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String line : text == null ? new String[0] : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1);
            switch (line.substring(0, colon)) {
                case "correct" -> correct.add(value);
                case "pair" -> {
                    int eq = value.indexOf('=');
                    pairs.put(value.substring(0, eq), value.substring(eq + 1));
                }
                case "order" -> order.add(value);
                case "number" -> number = Double.valueOf(value);
                case "tolerance" -> tolerance = Double.parseDouble(value);
                case "accept" -> accepted.add(value);
                case "pattern" -> pattern = value;
                case "partial" -> partial = Boolean.parseBoolean(value);
                case "weight" -> {
                    int eq = value.indexOf('=');
                    weights.put(value.substring(0, eq), Double.valueOf(value.substring(eq + 1)));
                }
                default -> { }
            }
        }
        return new AnswerKey(correct, pairs, order, number, tolerance, accepted, pattern, partial, weights);
    }

    public static String encodeValues(List<String> values) {
        return String.join("\n", values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.replace('\n', ' ').strip()).toList());
    }

    public static List<String> decodeValues(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
