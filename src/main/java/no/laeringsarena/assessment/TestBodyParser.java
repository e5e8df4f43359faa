package no.laeringsarena.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the body of a test file: an introduction, then one {@code ## Spørsmål: <text>} section per question with
 * {@code name: value} lines ({@code type}, {@code nøkkel}, {@code poeng}, {@code svar}, {@code toleranse},
 * {@code mønster}, {@code delpoeng}, {@code forklaring}) and option lines ({@code - [x] right}, {@code - [ ] wrong},
 * {@code - left => right}, {@code - item}), each optionally followed by an indented {@code > feedback} line.
 * The format is described in content/README.md (section «Tester»).
 */
public final class TestBodyParser {

    private static final String HEADING = "## Spørsmål:";
    /** The problem of a body without questions (fine for a test that draws from a question bank). */
    static final String NO_QUESTIONS = "en test må ha minst ett spørsmål ('" + HEADING + " ...')";
    private static final Pattern FIELD = Pattern.compile("([a-zæøå-]+):\\s*(.*)");
    private static final String OPTION_KEYS = "abcdefghijklmnopqrstuvwxyz";

    private static final String AREA_HEADING = "## Område:";
    private static final Pattern PERCENT = Pattern.compile("\\[(-?\\d{1,3})\\s*%]\\s*(.*)");

    /** What was read, and the problems found (each names the question). */
    public record Result(String intro, List<QuestionContent> questions, List<String> problems,
                         List<CompetenceArea> areas) {

        public Result(String intro, List<QuestionContent> questions, List<String> problems) {
            this(intro, questions, problems, List.of());
        }
    }

    private TestBodyParser() {
    }

    public static Result parse(String body) {
        List<String> problems = new ArrayList<>();
        List<QuestionContent> questions = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        List<CompetenceArea> areas = new ArrayList<>();
        List<String> section = null;
        String heading = null;
        List<String> areaSection = null;
        String areaName = null;
        for (String line : body.split("\\R", -1)) {
            if (line.startsWith(AREA_HEADING) && section == null) {
                if (areaSection != null) {
                    areas.add(area(areaName, areaSection, problems));
                }
                areaName = line.substring(AREA_HEADING.length()).strip();
                areaSection = new ArrayList<>();
            } else if (line.startsWith(HEADING)) {
                if (areaSection != null) {
                    areas.add(area(areaName, areaSection, problems));
                    areaSection = null;
                }
                if (section != null) {
                    questions.add(question(heading, section, questions.size() + 1, problems));
                }
                heading = line.substring(HEADING.length()).strip();
                section = new ArrayList<>();
            } else if (section != null) {
                section.add(line);
            } else if (areaSection != null) {
                areaSection.add(line);
            } else {
                intro.append(line).append('\n');
            }
        }
        if (section != null) {
            questions.add(question(heading, section, questions.size() + 1, problems));
        }
        if (questions.isEmpty()) {
            problems.add(NO_QUESTIONS);
        }
        Set<String> keys = new HashSet<>();
        for (QuestionContent q : questions) {
            if (!keys.add(q.key())) {
                problems.add("spørsmålsnøkkelen '" + q.key() + "' står to ganger");
            }
        }
        Set<String> areaKeys = new HashSet<>();
        for (CompetenceArea area : areas) {
            if (!areaKeys.add(area.getAreaKey())) {
                problems.add("området '" + area.getAreaKey() + "' står to ganger");
            }
        }
        return new Result(intro.toString().strip(), questions, problems, areas);
    }

    /** {@code ## Område: <name>} with {@code nøkkel: <topic>} and optionally {@code kurs: key, key}. */
    private static CompetenceArea area(String name, List<String> lines, List<String> problems) {
        String key = null;
        List<String> courses = new ArrayList<>();
        for (String raw : lines) {
            var m = FIELD.matcher(raw.strip());
            if (!m.matches()) {
                continue;
            }
            if (m.group(1).equals("nøkkel")) {
                key = m.group(2).strip();
            } else if (m.group(1).equals("kurs")) {
                for (String course : m.group(2).split(",")) {
                    if (!course.isBlank()) {
                        courses.add(course.strip());
                    }
                }
            }
        }
        String where = "området «" + name + "»: ";
        if (name.isBlank()) {
            problems.add(where + "navnet mangler etter '" + AREA_HEADING + "'");
        }
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(where + "'nøkkel' (små bokstaver a–z, tall og bindestrek) er påkrevd; spørsmålene viser til"
                    + " den med 'tema:'");
            key = "omrade";
        }
        for (String course : courses) {
            if (!course.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(where + "'kurs' er kursnøkler skilt med komma; '" + course + "' er ikke en nøkkel");
            }
        }
        return new CompetenceArea(key, name, courses.stream().filter(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .toList());
    }

    private static QuestionContent question(String text, List<String> lines, int number, List<String> problems) {
        String where = "spørsmål " + number + " («" + text + "»): ";
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String[]> options = new ArrayList<>(); // marker, text, feedback
        StringBuilder more = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (raw.startsWith("- ")) {
                String item = line.substring(2).strip();
                String marker = "";
                if (item.startsWith("[x]") || item.startsWith("[X]")) {
                    marker = "x";
                    item = item.substring(3).strip();
                } else if (item.startsWith("[ ]")) {
                    marker = " ";
                    item = item.substring(3).strip();
                } else if (PERCENT.matcher(item).matches()) {
                    var m = PERCENT.matcher(item);
                    m.matches();
                    marker = m.group(1);
                    item = m.group(2).strip();
                }
                options.add(new String[] {marker, item, ""});
            } else if (line.startsWith(">") && !options.isEmpty() && Character.isWhitespace(raw.charAt(0))) {
                options.get(options.size() - 1)[2] = line.substring(1).strip();
            } else {
                var m = FIELD.matcher(line);
                if (m.matches() && more.isEmpty()) {
                    fields.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).strip());
                } else {
                    more.append(line).append('\n');
                }
            }
        }
        if (text.isBlank()) {
            problems.add(where + "spørsmålsteksten mangler etter '" + HEADING + "'");
        }
        QuestionType type = QuestionType.fromContentName(first(fields, "type"));
        if (type == null) {
            problems.add(where + "'type' må være en av enkeltvalg, flervalg, sant-usant, kobling, rekkefolge, tall,"
                    + " kortsvar, langsvar");
            type = QuestionType.ESSAY;
        }
        String key = first(fields, "nøkkel");
        if (key == null) {
            key = "sporsmal-" + number;
        } else if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(where + "'nøkkel' kan bare ha små bokstaver a–z, tall og bindestrek");
        }
        double points = 1;
        String pointText = first(fields, "poeng");
        if (pointText != null) {
            Double parsed = GradingEngine.parseNumber(pointText);
            if (parsed == null || parsed <= 0 || parsed > 1000) {
                problems.add(where + "'poeng' må være et positivt tall");
            } else {
                points = parsed;
            }
        }
        if (options.size() > OPTION_KEYS.length()) {
            problems.add(where + "høyst " + OPTION_KEYS.length() + " alternativer");
            options = options.subList(0, OPTION_KEYS.length());
        }
        List<QuestionOption> optionList = new ArrayList<>();
        AnswerKey answerKey = switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<String> right = new ArrayList<>();
                Map<String, Double> weights = new LinkedHashMap<>();
                for (int i = 0; i < options.size(); i++) {
                    String[] o = options.get(i);
                    String k = String.valueOf(OPTION_KEYS.charAt(i));
                    if (o[0].isEmpty()) {
                        problems.add(where + "alternativene skrives '- [x] riktig', '- [ ] galt' eller '- [50%] delvis'");
                    }
                    if (o[0].equals("x")) {
                        right.add(k);
                        weights.put(k, 1.0);
                    } else if (o[0].matches("-?\\d+")) {
                        int percent = Integer.parseInt(o[0]);
                        if (percent < -100 || percent > 100) {
                            problems.add(where + "prosenten for et alternativ må være fra -100 til 100");
                        } else {
                            weights.put(k, percent / 100.0);
                        }
                    }
                    optionList.add(new QuestionOption(k, o[1], o[2]));
                }
                if (options.size() < 2) {
                    problems.add(where + "minst to alternativer");
                }
                boolean partial = weights.values().stream().anyMatch(w -> w != 1.0);
                if (partial) {
                    if (weights.values().stream().noneMatch(w -> w > 0)) {
                        problems.add(where + "minst ett alternativ må gi poeng");
                    }
                    yield AnswerKey.weighted(weights);
                }
                if (type == QuestionType.SINGLE_CHOICE && right.size() != 1) {
                    problems.add(where + "enkeltvalg må ha nøyaktig ett riktig alternativ ('- [x] ...')");
                } else if (right.isEmpty()) {
                    problems.add(where + "minst ett riktig alternativ ('- [x] ...')");
                }
                yield AnswerKey.options(right);
            }
            case TRUE_FALSE -> {
                String answer = first(fields, "svar");
                if (!"sant".equals(answer) && !"usant".equals(answer)) {
                    problems.add(where + "'svar' må være sant eller usant");
                }
                yield AnswerKey.trueFalse("sant".equals(answer));
            }
            case MATCHING -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                for (int i = 0; i < options.size(); i++) {
                    String[] o = options.get(i);
                    int arrow = o[1].indexOf("=>");
                    if (arrow <= 0 || o[1].substring(arrow + 2).isBlank()) {
                        problems.add(where + "koblinger skrives '- venstre => høyre'");
                        continue;
                    }
                    String k = String.valueOf(OPTION_KEYS.charAt(i));
                    optionList.add(new QuestionOption(k, o[1].substring(0, arrow).strip(), o[2]));
                    pairs.put(k, o[1].substring(arrow + 2).strip());
                }
                if (pairs.size() < 2) {
                    problems.add(where + "minst to koblinger");
                }
                yield AnswerKey.matching(pairs);
            }
            case ORDERING -> {
                List<String> order = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    String k = String.valueOf(OPTION_KEYS.charAt(i));
                    optionList.add(new QuestionOption(k, options.get(i)[1], options.get(i)[2]));
                    order.add(k);
                }
                if (order.size() < 2) {
                    problems.add(where + "minst to elementer å ordne");
                }
                yield AnswerKey.ordering(order, "ja".equals(first(fields, "delpoeng")));
            }
            case NUMERIC -> {
                Double answer = first(fields, "svar") == null ? null : GradingEngine.parseNumber(first(fields, "svar"));
                String tol = first(fields, "toleranse");
                Double tolerance = tol == null ? Double.valueOf(0) : GradingEngine.parseNumber(tol);
                if (answer == null) {
                    problems.add(where + "'svar' må være et tall");
                }
                if (tolerance == null || tolerance < 0) {
                    problems.add(where + "'toleranse' må være et tall, 0 eller mer");
                    tolerance = 0.0;
                }
                yield AnswerKey.numeric(answer == null ? 0 : answer, tolerance);
            }
            case SHORT_TEXT -> {
                List<String> accepted = fields.getOrDefault("svar", List.of());
                String pattern = first(fields, "mønster");
                if (pattern != null) {
                    try {
                        Pattern.compile(pattern);
                    } catch (PatternSyntaxException e) {
                        problems.add(where + "'mønster' er ikke et gyldig regulært uttrykk");
                    }
                }
                if (accepted.isEmpty() && pattern == null) {
                    problems.add(where + "kortsvar trenger minst én 'svar:'-linje eller et 'mønster'");
                }
                yield AnswerKey.text(accepted, pattern);
            }
            case ESSAY -> AnswerKey.none();
        };
        if (type != QuestionType.SINGLE_CHOICE && type != QuestionType.MULTIPLE_CHOICE && type != QuestionType.MATCHING
                && type != QuestionType.ORDERING && !options.isEmpty()) {
            problems.add(where + "denne typen har ikke alternativer ('- ...')");
        }
        String topic = first(fields, "tema");
        if (topic != null && !topic.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(where + "'tema' kan bare ha små bokstaver a–z, tall og bindestrek");
            topic = null;
        }
        Difficulty difficulty = null;
        if (first(fields, "vanskelighet") != null) {
            difficulty = Difficulty.fromContentName(first(fields, "vanskelighet"));
            if (difficulty == null) {
                problems.add(where + "'vanskelighet' må være lett, middels eller vanskelig");
            }
        }
        String shuffle = first(fields, "bland");
        if (shuffle != null && !shuffle.equals("ja") && !shuffle.equals("nei")) {
            problems.add(where + "'bland' må være ja eller nei");
        }
        String fullText = more.isEmpty() ? text : text + "\n\n" + more.toString().strip();
        return new QuestionContent(key, type, fullText, points, optionList, answerKey, first(fields, "forklaring"),
                topic, difficulty, !"nei".equals(shuffle));
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
