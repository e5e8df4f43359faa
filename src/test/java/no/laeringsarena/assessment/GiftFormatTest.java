package no.laeringsarena.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and writing Moodle GIFT, with samples in the shape Moodle's documentation gives them. */
class GiftFormatTest {

    private static final String SAMPLE = """
            // Spørsmål om personvern og arkiv, skrevet for testen
            // (kommentarlinjer blir ikke importert)

            $CATEGORY: $course$/Digital kompetanse/Personvern

            ::Behandlingsgrunnlag::Hva må kommunen ha for å behandle personopplysninger? {
            \t=Et behandlingsgrunnlag#Riktig, jf. personvernforordningen.
            \t~Samtykke fra ordføreren#Nei.
            \t~%50%Et vedtak i kommunestyret#Delvis: et vedtak kan være grunnlaget, men ikke alltid.
            \t####Les mer i veilederen om personvern.
            }

            ::Sikker e-post::Hvilke tiltak beskytter taushetsbelagt informasjon? {
            \t~%50%Kryptering
            \t~%50%Tilgangsstyring
            \t~%-100%Å sende den til privat e-post
            }

            // sant/usant med tilbakemelding
            ::Fellesnemnd::Fellesnemnda vedtar IKT-strategien i en sammenslåing.{TRUE#Ja, fellesnemnda.#Jo, det gjør den.}

            ::Pi::Hva er pi med to desimaler? {#3.14:0.005}

            ::Intervall::Oppgi et tall mellom 1 og 5. {#1..5}

            ::Kommunenummer::Hvilken kommune har nummer 0301? {=Oslo =Oslo kommune}

            ::Koble::Koble tjenesten med området. {
            \t=Legevakt -> Helse
            \t=Barnehage -> Oppvekst
            \t=Byggesak -> Plan og bygg
            }

            ::Refleksjon::Beskriv én gevinst du vil følge opp.{}

            Kommunen skal ha et {=godkjent ~uformelt} arkiv.

            ::Tegn\\: escapes::Skriv 1 \\= 1 \\~ 2 \\# 3 \\{med\\} krøllparentes\\nny linje {
            \t=Svar med \\= og \\# inni#tilbakemelding med \\{ \\}
            \t~Galt
            }
            """;

    @Test
    void readsEveryTypeWithTitlesFeedbackWeightsAndCategories() {
        GiftFormat.Result result = GiftFormat.parse(SAMPLE);
        assertEquals(List.of(), result.problems());
        List<QuestionContent> qs = result.questions();
        assertEquals(10, qs.size());

        QuestionContent single = qs.get(0);
        assertEquals("behandlingsgrunnlag", single.key());
        assertEquals(QuestionType.SINGLE_CHOICE, single.type());
        assertEquals("personvern", single.topic(), "the last part of the category");
        assertEquals("Hva må kommunen ha for å behandle personopplysninger?", single.text());
        assertEquals(List.of("Et behandlingsgrunnlag", "Samtykke fra ordføreren", "Et vedtak i kommunestyret"),
                single.options().stream().map(QuestionOption::getText).toList());
        assertEquals("Riktig, jf. personvernforordningen.", single.options().get(0).getFeedback());
        assertEquals("Les mer i veilederen om personvern.", single.explanation());
        assertEquals(0.5, GradingEngine.grade(single.type(), single.answerKey(), List.of("c")).fraction(), 1e-9);
        assertTrue(GradingEngine.grade(single.type(), single.answerKey(), List.of("a")).correct());

        QuestionContent multiple = qs.get(1);
        assertEquals(QuestionType.MULTIPLE_CHOICE, multiple.type());
        assertTrue(GradingEngine.grade(multiple.type(), multiple.answerKey(), List.of("a", "b")).correct());
        assertEquals(0, GradingEngine.grade(multiple.type(), multiple.answerKey(), List.of("a", "c")).fraction(),
                1e-9, "the penalty outweighs the half");

        assertEquals(QuestionType.TRUE_FALSE, qs.get(2).type());
        assertEquals(List.of("true"), qs.get(2).answerKey().correctOptions());

        assertEquals(QuestionType.NUMERIC, qs.get(3).type());
        assertEquals(3.14, qs.get(3).answerKey().number(), 1e-9);
        assertEquals(0.005, qs.get(3).answerKey().tolerance(), 1e-9);
        assertEquals(3.0, qs.get(4).answerKey().number(), 1e-9);
        assertEquals(2.0, qs.get(4).answerKey().tolerance(), 1e-9, "a range becomes its middle ± half");

        assertEquals(QuestionType.SHORT_TEXT, qs.get(5).type());
        assertEquals(List.of("Oslo", "Oslo kommune"), qs.get(5).answerKey().acceptedTexts());

        QuestionContent matching = qs.get(6);
        assertEquals(QuestionType.MATCHING, matching.type());
        assertEquals(Map.of("a", "Helse", "b", "Oppvekst", "c", "Plan og bygg"), matching.answerKey().pairs());

        assertEquals(QuestionType.ESSAY, qs.get(7).type());

        QuestionContent missingWord = qs.get(8);
        assertEquals("gift-9", missingWord.key(), "no title: a numbered key");
        assertEquals("Kommunen skal ha et _____ arkiv.", missingWord.text());
        assertEquals(QuestionType.SINGLE_CHOICE, missingWord.type());

        QuestionContent escaped = qs.get(9);
        assertEquals("tegn-escapes", escaped.key());
        assertEquals("Skriv 1 = 1 ~ 2 # 3 {med} krøllparentes\nny linje", escaped.text());
        assertEquals("Svar med = og # inni", escaped.options().get(0).getText());
        assertEquals("tilbakemelding med { }", escaped.options().get(0).getFeedback());
    }

    @Test
    void whatWasWrittenReadsBackTheSame() {
        List<QuestionContent> original = GiftFormat.parse(SAMPLE).questions();
        String written = GiftFormat.write("Eksport", original);
        GiftFormat.Result again = GiftFormat.parse(written);
        assertEquals(List.of(), again.problems(), written);
        assertEquals(original.size(), again.questions().size());
        for (int i = 0; i < original.size(); i++) {
            QuestionContent a = original.get(i);
            QuestionContent b = again.questions().get(i);
            assertEquals(a.key(), b.key());
            assertEquals(a.type(), b.type());
            assertEquals(a.text(), b.text());
            assertEquals(a.answerKey(), b.answerKey(), a.key());
            assertEquals(a.options().stream().map(QuestionOption::getText).toList(),
                    b.options().stream().map(QuestionOption::getText).toList());
            assertEquals(a.topic(), b.topic());
        }
    }

    @Test
    void plainMultipleChoiceIsWrittenWithTheEnginesPartialCredit() {
        QuestionContent q = new QuestionContent("tre", QuestionType.MULTIPLE_CHOICE, "Hvilke?", 1,
                List.of(new QuestionOption("a", "A", ""), new QuestionOption("b", "B", ""),
                        new QuestionOption("c", "C", "")), AnswerKey.options(List.of("a", "b")), null);
        String written = GiftFormat.write("x", List.of(q));
        assertTrue(written.contains("~%50%A") && written.contains("~%-50%C"), written);
        QuestionContent back = GiftFormat.parse(written).questions().get(0);
        for (List<String> answer : List.of(List.of("a"), List.of("a", "b"), List.of("a", "c"), List.of("c"))) {
            assertEquals(GradingEngine.grade(q.type(), q.answerKey(), answer).fraction(),
                    GradingEngine.grade(back.type(), back.answerKey(), answer).fraction(), 1e-9, answer.toString());
        }
        QuestionContent ordering = new QuestionContent("r", QuestionType.ORDERING, "Ordne", 1,
                List.of(new QuestionOption("a", "1", ""), new QuestionOption("b", "2", "")),
                AnswerKey.ordering(List.of("a", "b"), false), null);
        assertTrue(GiftFormat.write("x", List.of(ordering)).contains("// r: rekkefølge"), "ordering is left out");
    }

    @Test
    void brokenQuestionsAreReportedAndNothingIsTaken() {
        GiftFormat.Result result = GiftFormat.parse("""
                ::Uten svar::Her mangler svarblokken

                ::Ingen riktige::Velg {~a ~b}

                ::God::Dette er greit {T}
                """);
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).contains("Uten svar"));
        assertTrue(result.problems().get(1).contains("minst ett svar må gi poeng"));
        assertNull(GiftFormat.parse("// bare en kommentar").questions().stream().findFirst().orElse(null));
        assertEquals(List.of("fant ingen spørsmål"), GiftFormat.parse("// bare en kommentar").problems());
    }
}
