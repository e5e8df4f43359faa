package no.laeringsarena.assessment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes questions in Moodle's GIFT format. Supported: single choice ({@code =right ~wrong}, with partial
 * credit {@code ~%50%}), multiple choice (all {@code ~%w%}), true/false ({@code {T}} / {@code {F}}), short answer
 * (only {@code =} answers), numeric ({@code {#2.5:0.1}}, {@code {#1..3}}, {@code {#=2.5:0.1}}), matching
 * ({@code =left -> right}), essay ({@code {}}), missing-word questions (text after the answers), titles
 * {@code ::title::}, per-answer feedback {@code #...}, general feedback {@code ####...}, comments {@code //},
 * categories {@code $CATEGORY:} (their last part becomes the questions' topic) and the escapes
 * {@code \~ \= \# \{ \} \: \\ \n}. Not supported (refused with a problem): ordering questions (GIFT has none),
 * several numeric answers with partial credit (the first full-credit one is used), short answers with partial credit,
 * and question-wide grading penalties. Pure.
 */
public final class GiftFormat {

    /** The most questions one file may hold. */
    public static final int MAX_QUESTIONS = 500;
    private static final String KEYS = "abcdefghijklmnopqrstuvwxyz";
    private static final String SPECIAL = "~=#{}:\\";
    private static final char ESCAPE_BASE = '\uE000';
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);

    /** What was read, and the problems found (each names the question); nothing is saved when there are problems. */
    public record Result(List<QuestionContent> questions, List<String> problems) {
    }

    private GiftFormat() {
    }

    public static Result parse(String text) {
        List<String> problems = new ArrayList<>();
        List<QuestionContent> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String topic = null;
        for (String chunk : chunks(hideEscapes(text.replace("\r\n", "\n").replace('\r', '\n')))) {
            String body = chunk.strip();
            if (body.startsWith("$CATEGORY:")) {
                String path = unescape(body.substring("$CATEGORY:".length()).lines().findFirst().orElse("")).strip();
                String last = path.substring(path.lastIndexOf('/') + 1);
                topic = slug(last).isEmpty() ? null : slug(last);
                String rest = body.lines().skip(1).reduce("", (a, b) -> a + b + "\n").strip();
                if (rest.isEmpty()) {
                    continue;
                }
                body = rest;
            }
            if (questions.size() >= MAX_QUESTIONS) {
                problems.add("høyst " + MAX_QUESTIONS + " spørsmål i én fil");
                break;
            }
            QuestionContent q = question(body, questions.size() + 1, topic, keys, problems);
            if (q != null) {
                questions.add(q);
            }
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add("fant ingen spørsmål");
        }
        return new Result(questions, problems);
    }

    /** Splits into question texts at blank lines outside braces, leaving out comment lines. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (depth == 0 && !current.toString().isBlank()) {
                    chunks.add(current.toString());
                    current.setLength(0);
                } else if (depth > 0) {
                    current.append('\n');
                }
                continue;
            }
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth = Math.max(0, depth - 1);
                }
            }
            current.append(line).append('\n');
        }
        if (!current.toString().isBlank()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    private static QuestionContent question(String body, int number, String topic, Set<String> keys,
                                            List<String> problems) {
        String title = null;
        if (body.startsWith("::")) {
            int end = body.indexOf("::", 2);
            if (end < 0) {
                problems.add("spørsmål " + number + ": tittelen mangler avsluttende '::'");
                return null;
            }
            title = unescape(body.substring(2, end)).strip();
            body = body.substring(end + 2).strip();
        }
        String where = "spørsmål " + number + (title == null ? "" : " («" + title + "»)") + ": ";
        boolean html = false;
        Matcher format = FORMAT.matcher(body);
        if (format.find()) {
            html = format.group(1).equalsIgnoreCase("html");
            body = body.substring(format.end());
        }
        int open = body.indexOf('{');
        int close = body.lastIndexOf('}');
        if (open < 0 || close < open) {
            problems.add(where + "mangler svarblokken { … }");
            return null;
        }
        String before = body.substring(0, open).strip();
        String after = body.substring(close + 1).strip();
        String block = body.substring(open + 1, close).strip();
        String text = after.isEmpty() ? before : before + " _____ " + after;
        text = unescape(html ? text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ") : text).strip();
        if (text.isEmpty()) {
            problems.add(where + "spørsmålsteksten mangler");
            return null;
        }
        String key = uniqueKey(title == null ? "" : slug(title), number, keys);
        String explanation = null;
        int general = block.indexOf("####");
        if (general >= 0) {
            explanation = unescape(block.substring(general + 4)).strip();
            block = block.substring(0, general).strip();
        }
        int before1 = problems.size();
        QuestionContent q = answers(key, text, block, explanation, topic, where, problems);
        return problems.size() > before1 ? null : q;
    }

    private static QuestionContent answers(String key, String text, String block, String explanation, String topic,
                                           String where, List<String> problems) {
        if (block.isEmpty()) {
            return content(key, QuestionType.ESSAY, text, List.of(), AnswerKey.none(), explanation, topic);
        }
        if (block.startsWith("#")) {
            return numeric(key, text, block.substring(1).strip(), explanation, topic, where, problems);
        }
        String tf = block.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (tf.equals("T") || tf.equals("TRUE") || tf.equals("F") || tf.equals("FALSE")) {
            return content(key, QuestionType.TRUE_FALSE, text, List.of(), AnswerKey.trueFalse(tf.startsWith("T")),
                    explanation, topic);
        }
        List<String[]> answers = new ArrayList<>(); // marker, text
        StringBuilder current = null;
        char marker = 0;
        for (char c : block.toCharArray()) {
            if (c == '=' || c == '~') {
                if (current != null) {
                    answers.add(new String[] {String.valueOf(marker), current.toString().strip()});
                }
                marker = c;
                current = new StringBuilder();
            } else if (current != null) {
                current.append(c);
            } else if (!Character.isWhitespace(c)) {
                problems.add(where + "svarene må starte med = eller ~");
                return null;
            }
        }
        if (current != null) {
            answers.add(new String[] {String.valueOf(marker), current.toString().strip()});
        }
        if (answers.size() > KEYS.length()) {
            problems.add(where + "høyst " + KEYS.length() + " svar");
            return null;
        }
        boolean anyWrong = answers.stream().anyMatch(a -> a[0].equals("~"));
        boolean matching = !anyWrong && answers.stream().allMatch(a -> a[1].contains("->"));
        if (matching) {
            List<QuestionOption> options = new ArrayList<>();
            Map<String, String> pairs = new LinkedHashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                String[] parts = split(answers.get(i)[1], "#");
                int arrow = parts[0].indexOf("->");
                String left = unescape(parts[0].substring(0, arrow)).strip();
                String right = unescape(parts[0].substring(arrow + 2)).strip();
                if (right.isEmpty()) {
                    problems.add(where + "hvert par skrives '=venstre -> høyre'");
                    return null;
                }
                if (left.isEmpty()) {
                    continue; // Moodle's extra distractor on the right side: not supported, left out
                }
                String k = String.valueOf(KEYS.charAt(options.size()));
                options.add(new QuestionOption(k, left, ""));
                pairs.put(k, right);
            }
            if (pairs.size() < 2) {
                problems.add(where + "minst to par");
                return null;
            }
            return content(key, QuestionType.MATCHING, text, options, AnswerKey.matching(pairs), explanation, topic);
        }
        if (!anyWrong) {
            List<String> accepted = new ArrayList<>();
            for (String[] a : answers) {
                String[] parts = split(a[1], "#");
                Matcher w = WEIGHT.matcher(parts[0]);
                if (w.find()) {
                    if (Double.parseDouble(w.group(1)) < 100) {
                        continue; // partial credit for a short answer is not supported: only full-credit answers
                    }
                    parts[0] = parts[0].substring(w.end());
                }
                accepted.add(unescape(parts[0]).strip());
            }
            if (accepted.isEmpty()) {
                problems.add(where + "kortsvar trenger minst ett svar som gir full pott");
                return null;
            }
            return content(key, QuestionType.SHORT_TEXT, text, List.of(), AnswerKey.text(accepted, null), explanation,
                    topic);
        }
        boolean single = answers.stream().anyMatch(a -> a[0].equals("="));
        List<QuestionOption> options = new ArrayList<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            String[] a = answers.get(i);
            String[] parts = split(a[1], "#");
            double weight = a[0].equals("=") ? 1 : 0;
            Matcher w = WEIGHT.matcher(parts[0]);
            if (w.find()) {
                weight = Double.parseDouble(w.group(1)) / 100;
                parts[0] = parts[0].substring(w.end());
            }
            if (weight < -1 || weight > 1) {
                problems.add(where + "vekten for et svar må være fra -100 % til 100 %");
                return null;
            }
            String k = String.valueOf(KEYS.charAt(i));
            options.add(new QuestionOption(k, unescape(parts[0]).strip(), parts.length > 1 ? unescape(parts[1]).strip()
                    : ""));
            weights.put(k, weight);
        }
        if (weights.values().stream().noneMatch(w -> w > 0)) {
            problems.add(where + "minst ett svar må gi poeng");
            return null;
        }
        if (options.size() < 2) {
            problems.add(where + "minst to svaralternativer");
            return null;
        }
        return content(key, single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, text, options,
                AnswerKey.weighted(weights), explanation, topic);
    }

    private static QuestionContent numeric(String key, String text, String block, String explanation, String topic,
                                           String where, List<String> problems) {
        String answer = block;
        if (answer.startsWith("=")) {
            String[] all = answer.substring(1).split("=");
            answer = all[0];
            for (String candidate : all) {
                if (!WEIGHT.matcher(candidate.strip()).find()) {
                    answer = candidate;
                    break;
                }
            }
            answer = answer.strip().replaceFirst("^%100%", "");
        }
        answer = split(answer, "#")[0].strip();
        Double number;
        double tolerance = 0;
        int range = answer.indexOf("..");
        int colon = answer.indexOf(':');
        if (range > 0) {
            Double low = GradingEngine.parseNumber(answer.substring(0, range));
            Double high = GradingEngine.parseNumber(answer.substring(range + 2));
            if (low == null || high == null || high < low) {
                problems.add(where + "et tallintervall skrives {#lavest..høyest}");
                return null;
            }
            number = (low + high) / 2;
            tolerance = (high - low) / 2;
        } else {
            number = GradingEngine.parseNumber(colon < 0 ? answer : answer.substring(0, colon));
            if (colon >= 0) {
                Double t = GradingEngine.parseNumber(answer.substring(colon + 1));
                if (t == null || t < 0) {
                    problems.add(where + "toleransen må være et tall, 0 eller mer");
                    return null;
                }
                tolerance = t;
            }
        }
        if (number == null) {
            problems.add(where + "tallsvaret må være et tall, f.eks. {#2.5:0.1}");
            return null;
        }
        return content(key, QuestionType.NUMERIC, text, List.of(), AnswerKey.numeric(number, tolerance), explanation,
                topic);
    }

    private static QuestionContent content(String key, QuestionType type, String text, List<QuestionOption> options,
                                           AnswerKey answerKey, String explanation, String topic) {
        return new QuestionContent(key, type, text, 1, options, answerKey, explanation, topic, null, true);
    }

    /** Splits at the first occurrence (escapes are hidden by now, so it is never an escaped one). */
    private static String[] split(String text, String separator) {
        int at = text.indexOf(separator);
        return at < 0 ? new String[] {text} : new String[] {text.substring(0, at), text.substring(at + 1)};
    }

    private static String hideEscapes(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                int special = SPECIAL.indexOf(next);
                if (special >= 0) {
                    out.append((char) (ESCAPE_BASE + special));
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            int special = c - ESCAPE_BASE;
            out.append(special >= 0 && special < SPECIAL.length() ? SPECIAL.charAt(special) : c);
        }
        return out.toString();
    }

    private static String uniqueKey(String slug, int number, Set<String> keys) {
        String base = slug.isEmpty() ? "gift-" + number : slug.length() > 90 ? slug.substring(0, 90)
                .replaceAll("-+$", "") : slug;
        String key = base;
        for (int i = 2; !keys.add(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    /** A title as a key: lower case a–z and digits with single hyphens (æ→ae, ø→o, å→a). */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Writes questions as GIFT; ordering questions (which GIFT cannot express) become a comment. */
    public static String write(String heading, List<QuestionContent> questions) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(heading.replace('\n', ' ')).append("\n\n");
        String topic = "";
        for (QuestionContent q : questions) {
            if (q.type() == QuestionType.ORDERING) {
                out.append("// ").append(q.key()).append(": rekkefølge-spørsmål kan ikke skrives i GIFT\n\n");
                continue;
            }
            if (!q.topic().equals(topic)) {
                topic = q.topic();
                out.append("$CATEGORY: ").append(topic.isEmpty() ? "standard" : topic).append("\n\n");
            }
            out.append("::").append(escape(q.key())).append("::").append(escape(q.text())).append(" {");
            AnswerKey key = q.answerKey();
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    for (QuestionOption o : q.options()) {
                        out.append("\n\t").append(choiceMarker(q, o.getOptionKey())).append(escape(o.getText()));
                        feedback(out, o.getFeedback());
                    }
                }
                case TRUE_FALSE -> out.append(key.correctOptions().contains("true") ? "T" : "F");
                case MATCHING -> q.options().forEach(o -> out.append("\n\t=").append(escape(o.getText()))
                        .append(" -> ").append(escape(key.pairs().getOrDefault(o.getOptionKey(), ""))));
                case NUMERIC -> out.append('#').append(number(key.number())).append(':')
                        .append(number(key.tolerance()));
                case SHORT_TEXT -> key.acceptedTexts().forEach(t -> out.append("\n\t=").append(escape(t)));
                default -> { }
            }
            if (q.explanation() != null && !q.explanation().isBlank()) {
                out.append("\n\t####").append(escape(q.explanation()));
            }
            if (q.type() != QuestionType.TRUE_FALSE && q.type() != QuestionType.NUMERIC
                    && q.type() != QuestionType.ESSAY) {
                out.append('\n');
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String choiceMarker(QuestionContent q, String option) {
        AnswerKey key = q.answerKey();
        if (q.type() == QuestionType.SINGLE_CHOICE && key.weights().isEmpty()) {
            return key.correctOptions().contains(option) ? "=" : "~";
        }
        double weight;
        if (!key.weights().isEmpty()) {
            weight = key.weight(option);
        } else {
            double k = key.correctOptions().size();
            weight = key.correctOptions().contains(option) ? 1 / k : -1 / k;
        }
        if (q.type() == QuestionType.SINGLE_CHOICE && weight >= 1) {
            return "=";
        }
        return weight == 0 ? "~" : "~%" + number(weight * 100) + "%";
    }

    private static void feedback(StringBuilder out, String feedback) {
        if (feedback != null && !feedback.isBlank()) {
            out.append(" #").append(escape(feedback));
        }
    }

    private static String number(Double value) {
        if (value == null) {
            return "0";
        }
        if (value == Math.rint(value)) {
            return Long.toString(value.longValue());
        }
        return String.format(Locale.ROOT, "%.5f", value).replaceAll("0+$", "");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            if (c == '\n') {
                out.append("\\n");
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
