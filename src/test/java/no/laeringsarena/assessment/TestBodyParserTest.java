package no.laeringsarena.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestBodyParserTest {

    @Test
    void readsEveryQuestionTypeWithOptionsFeedbackAndAnswerKeys() {
        TestBodyParser.Result result = TestBodyParser.parse("""
                Innledning.

                ## Spørsmål: Hvilken fase?
                type: enkeltvalg
                nøkkel: fase
                poeng: 2

                - [ ] Første
                  > Nei, for tidlig.
                - [x] Andre
                ## Spørsmål: Koble
                type: kobling
                - Folkeregisteret => Personer
                - Matrikkelen => Eiendommer
                ## Spørsmål: Ordne
                type: rekkefolge
                delpoeng: ja
                - En
                - To
                ## Spørsmål: Hvor mange?
                type: tall
                svar: 2,5
                toleranse: 0,5
                ## Spørsmål: Hvilket register?
                type: kortsvar
                svar: Matrikkelen
                svar: matrikkel
                mønster: matrikkel(en)?
                ## Spørsmål: Sant?
                type: sant-usant
                svar: usant
                ## Spørsmål: Fortell
                type: langsvar
                """);
        assertEquals(List.of(), result.problems());
        assertEquals("Innledning.", result.intro());
        List<QuestionContent> q = result.questions();
        assertEquals(7, q.size());
        assertEquals("fase", q.get(0).key());
        assertEquals(2, q.get(0).points());
        assertEquals(List.of("b"), q.get(0).answerKey().correctOptions());
        assertEquals("Nei, for tidlig.", q.get(0).options().get(0).getFeedback());
        assertEquals(Map.of("a", "Personer", "b", "Eiendommer"), q.get(1).answerKey().pairs());
        assertTrue(q.get(2).answerKey().partialOrdering());
        assertEquals(2.5, q.get(3).answerKey().number());
        assertEquals(0.5, q.get(3).answerKey().tolerance());
        assertEquals(List.of("Matrikkelen", "matrikkel"), q.get(4).answerKey().acceptedTexts());
        assertEquals(List.of("false"), q.get(5).answerKey().correctOptions());
        assertEquals(QuestionType.ESSAY, q.get(6).type());
        assertEquals("sporsmal-7", q.get(6).key());
    }

    @Test
    void reportsMistakesAnEditorWouldMake() {
        TestBodyParser.Result result = TestBodyParser.parse("""
                ## Spørsmål: Ingen riktige
                type: enkeltvalg
                - [ ] a
                - [ ] b
                ## Spørsmål: Ukjent
                type: gjett
                ## Spørsmål: Tall
                type: tall
                svar: mange
                ## Spørsmål: Tall
                nøkkel: sporsmal-3
                type: sant-usant
                svar: kanskje
                """);
        List<String> problems = result.problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("nøyaktig ett riktig")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'type' må være")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'svar' må være et tall")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("sant eller usant")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("står to ganger")), problems.toString());
        assertTrue(TestBodyParser.parse("Bare tekst").problems().get(0).contains("minst ett spørsmål"));
    }

    @Test
    void answerKeysSurviveTheDatabaseFormat() {
        AnswerKey key = new AnswerKey(List.of("a", "c"), Map.of("a", "Altinn = portal"), List.of("b", "a"), 2.5, 0.1,
                List.of("Bærum"), "b(ae|æ)rum", true);
        assertEquals(key, AnswerKeyCodec.decode(AnswerKeyCodec.encode(key)));
        assertEquals(List.of("x", "y"), AnswerKeyCodec.decodeValues(AnswerKeyCodec.encodeValues(List.of(" x", "", "y\n"))));
    }
}
