package no.laeringsarena.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.content.FrontMatterFields;

/**
 * Reads the modules, lessons and steps from the Markdown body of a course file (format in content/README.md):
 * {@code # Modul: <tittel>}, then {@code ## Leksjon: <tittel>} followed directly by lines such as
 * {@code nøkkel: ...}, {@code type: tekst|video|dokument|aktiv|test}, {@code video: <url>}, {@code dokument: <url>},
 * {@code test: <test key>},
 * {@code valgfri: ja}; an active lesson's steps are {@code ### Steg: <tittel>} ending with
 * {@code Refleksjon: <spørsmål>} or {@code Spørsmål: <spørsmål>} plus options {@code - [ ] ...} / {@code - [x] ...}.
 * Headings inside fenced code blocks are text. Pure: no database, every problem collected with its body line.
 */
public final class CourseBody {

    /** What was read, and what was wrong (each message names the line of the body it is about). */
    public record Result(List<ModuleContent> modules, List<String> problems) {
    }

    private static final Pattern MODULE = Pattern.compile("^#\\s+Modul:\\s*(.*)$");
    private static final Pattern LESSON = Pattern.compile("^##\\s+Leksjon:\\s*(.*)$");
    private static final Pattern STEP = Pattern.compile("^###\\s+Steg:\\s*(.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(nøkkel|type|video|dokument|test|valgfri):\\s*(.*)$");
    private static final Pattern CHOICE = Pattern.compile("^Spørsmål:\\s*(.*)$");
    private static final Pattern REFLECTION = Pattern.compile("^Refleksjon:\\s*(.*)$");
    private static final Pattern OPTION = Pattern.compile("^[-*]\\s+\\[([ xX])]\\s+(.*)$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");

    private final List<String> problems = new ArrayList<>();
    private final List<ModuleContent> modules = new ArrayList<>();
    private final Set<String> lessonKeys = new HashSet<>();

    private String moduleTitle;
    private int moduleLine;
    private List<LessonContent> moduleLessons;
    private LessonDraft lesson;

    private CourseBody() {
    }

    public static Result parse(String body) {
        CourseBody parser = new CourseBody();
        parser.read(body == null ? "" : body);
        return new Result(List.copyOf(parser.modules), List.copyOf(parser.problems));
    }

    private void read(String body) {
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                text(line, lineNo);
                continue;
            }
            Matcher m;
            if (!inFence && (m = MODULE.matcher(line)).matches()) {
                endModule();
                moduleTitle = m.group(1).strip();
                moduleLine = lineNo;
                moduleLessons = new ArrayList<>();
                if (moduleTitle.isEmpty()) {
                    problem(lineNo, "modulen mangler tittel: skriv '# Modul: Tittel'");
                }
            } else if (!inFence && (m = LESSON.matcher(line)).matches()) {
                endLesson();
                if (moduleLessons == null) {
                    problem(lineNo, "leksjonen står før første modul: start med '# Modul: Tittel'");
                    moduleLessons = new ArrayList<>();
                    moduleTitle = "";
                }
                lesson = new LessonDraft(m.group(1).strip(), lineNo);
                if (lesson.title.isEmpty()) {
                    problem(lineNo, "leksjonen mangler tittel: skriv '## Leksjon: Tittel'");
                }
            } else if (!inFence && (m = STEP.matcher(line)).matches()) {
                if (lesson == null) {
                    problem(lineNo, "et steg må stå i en aktiv leksjon");
                } else {
                    lesson.startStep(m.group(1).strip(), lineNo);
                }
            } else {
                text(line, lineNo);
            }
        }
        if (inFence) {
            problem(lines.length, "en kodeblokk (```) blir aldri avsluttet");
        }
        endModule();
        if (modules.isEmpty()) {
            problem(1, "kurset har ingen moduler: skriv '# Modul: Tittel' og leksjoner under");
        }
    }

    private void text(String line, int lineNo) {
        if (lesson != null) {
            lesson.line(line, lineNo);
        } else if (!line.isBlank()) {
            problem(lineNo, moduleLessons == null
                    ? "tekst før første modul: kursets beskrivelse hører hjemme i 'sammendrag', modulene starter med '# Modul: Tittel'"
                    : "tekst mellom modultittelen og første leksjon: start leksjonen med '## Leksjon: Tittel'");
        }
    }

    private void endLesson() {
        if (lesson != null) {
            LessonContent done = lesson.finish();
            if (done != null) {
                moduleLessons.add(done);
            }
            lesson = null;
        }
    }

    private void endModule() {
        endLesson();
        if (moduleLessons != null) {
            if (moduleLessons.isEmpty()) {
                problem(moduleLine, "modulen '" + moduleTitle + "' har ingen leksjoner");
            }
            modules.add(new ModuleContent(moduleTitle, moduleLessons));
            moduleLessons = null;
        }
    }

    private void problem(int bodyLine, String message) {
        problems.add("linje " + bodyLine + " under front matter: " + message);
    }

    /** A lesson being read: attributes first, then its body (and steps, for an active lesson). */
    private final class LessonDraft {
        final String title;
        final int line;
        String key;
        String type;
        String video;
        String test;
        String document;
        boolean optional;
        boolean inAttributes = true;
        final StringBuilder body = new StringBuilder();
        final List<StepContent> steps = new ArrayList<>();
        StepDraft step;

        LessonDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }

        void line(String text, int lineNo) {
            Matcher m;
            if (inAttributes && (m = ATTRIBUTE.matcher(text)).matches()) {
                attribute(m.group(1), m.group(2).strip(), lineNo);
                return;
            }
            inAttributes = false;
            if (step != null) {
                step.line(text, lineNo);
            } else {
                body.append(text).append('\n');
            }
        }

        void attribute(String name, String value, int lineNo) {
            switch (name) {
                case "nøkkel" -> key = value;
                case "type" -> type = value;
                case "video" -> video = value;
                case "dokument" -> document = value;
                case "test" -> test = value;
                case "valgfri" -> {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (v.equals("ja") || v.equals("true")) {
                        optional = true;
                    } else if (!v.equals("nei") && !v.equals("false")) {
                        problem(lineNo, "'valgfri' skal være ja eller nei; fant '" + value + "'");
                    }
                }
                default -> throw new IllegalStateException(name);
            }
        }

        void startStep(String stepTitle, int lineNo) {
            inAttributes = false;
            finishStep();
            step = new StepDraft(stepTitle, lineNo);
            if (stepTitle.isEmpty()) {
                problem(lineNo, "steget mangler tittel: skriv '### Steg: Tittel'");
            }
        }

        void finishStep() {
            if (step != null) {
                StepContent done = step.finish();
                if (done != null) {
                    steps.add(done);
                }
                step = null;
            }
        }

        LessonContent finish() {
            finishStep();
            String where = "leksjonen '" + title + "'";
            int before = problems.size();
            if (key == null || key.isEmpty()) {
                problem(line, where + " mangler 'nøkkel:' på linjen rett under overskriften");
            } else if (!FrontMatterFields.KEY.matcher(key).matches()) {
                problem(line, where + ": 'nøkkel' skal bare ha små bokstaver a–z, tall og bindestrek; fant '" + key + "'");
            } else if (!lessonKeys.add(key)) {
                problem(line, where + ": nøkkelen '" + key + "' er brukt av en annen leksjon i kurset");
            }
            LessonKind kind = type == null ? null : LessonKind.fromContent(type);
            if (kind == null) {
                problem(line, where + ": 'type:' skal være tekst, video, dokument, aktiv eller test"
                        + (type == null ? "" : "; fant '" + type + "'"));
            }
            String text = body.toString().strip();
            String url = null;
            if (kind == LessonKind.VIDEO) {
                url = requireUrl(video, "video", where);
            } else if (video != null) {
                problem(line, where + ": 'video:' hører bare til leksjoner med 'type: video'");
            }
            if (kind == LessonKind.DOCUMENT) {
                url = requireUrl(document, "dokument", where);
            } else if (document != null) {
                problem(line, where + ": 'dokument:' hører bare til leksjoner med 'type: dokument'");
            }
            if (kind == LessonKind.TEST) {
                if (test == null || !FrontMatterFields.KEY.matcher(test).matches()) {
                    problem(line, where + " trenger 'test: <nøkkelen til en test i kurset>' på linjen rett under overskriften");
                } else {
                    url = test;
                }
            } else if (test != null) {
                problem(line, where + ": 'test:' hører bare til leksjoner med 'type: test'");
            }
            if (kind == LessonKind.ACTIVE && steps.isEmpty()) {
                problem(line, where + " er aktiv, men har ingen steg ('### Steg: Tittel')");
            }
            if (kind != null && kind != LessonKind.ACTIVE && !steps.isEmpty()) {
                problem(line, where + ": bare aktive leksjoner (type: aktiv) kan ha steg");
            }
            if ((kind == LessonKind.TEXT || kind == LessonKind.VIDEO) && text.isEmpty()) {
                problem(line, where + " har ingen tekst" + (kind == LessonKind.VIDEO ? " (skriv transkripsjonen)" : ""));
            }
            if (problems.size() > before) {
                return null;
            }
            return new LessonContent(key, title, kind, !optional, text, url, steps);
        }

        private String requireUrl(String value, String field, String where) {
            if (value == null || !URL.matcher(value).matches()) {
                problem(line, where + " trenger '" + field + ": https://...' på linjen rett under overskriften");
                return null;
            }
            return value;
        }
    }

    /** A step being read: content, then the question and (for a check) its options. */
    private final class StepDraft {
        final String title;
        final int line;
        final StringBuilder body = new StringBuilder();
        QuestionKind kind;
        String question;
        final List<String> options = new ArrayList<>();
        Integer correct;
        boolean twoCorrect;

        StepDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }

        void line(String text, int lineNo) {
            Matcher m;
            if (kind == null && (m = CHOICE.matcher(text)).matches()) {
                kind = QuestionKind.CHOICE;
                question = m.group(1).strip();
            } else if (kind == null && (m = REFLECTION.matcher(text)).matches()) {
                kind = QuestionKind.REFLECTION;
                question = m.group(1).strip();
            } else if (kind == QuestionKind.CHOICE && (m = OPTION.matcher(text)).matches()) {
                if (!m.group(1).isBlank()) {
                    twoCorrect |= correct != null;
                    correct = options.size();
                }
                options.add(m.group(2).strip());
            } else if (kind != null) {
                if (!text.isBlank()) {
                    problem(lineNo, "steget '" + title + "': etter spørsmålet kan bare svaralternativene stå ('- [ ] ...' og '- [x] ...')");
                }
            } else {
                body.append(text).append('\n');
            }
        }

        StepContent finish() {
            String where = "steget '" + title + "'";
            if (kind == null || question.isEmpty()) {
                problem(line, where + " mangler spørsmål: avslutt med 'Refleksjon: ...' eller 'Spørsmål: ...' og svaralternativer");
                return null;
            }
            if (kind == QuestionKind.CHOICE) {
                if (options.size() < 2) {
                    problem(line, where + ": et spørsmål trenger minst to svaralternativer ('- [ ] ...')");
                    return null;
                }
                if (correct == null || twoCorrect) {
                    problem(line, where + ": merk nøyaktig ett svaralternativ som riktig med '- [x] ...'");
                    return null;
                }
            }
            return new StepContent(title, body.toString().strip(), kind, question, options, correct);
        }
    }
}
