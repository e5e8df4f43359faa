package no.laeringsarena.assessment;

import static no.laeringsarena.assessment.GradingEngine.grade;
import static no.laeringsarena.assessment.QuestionType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GradingEngineTest {

    private static List<String> a(String... values) {
        return Arrays.asList(values);
    }

    @Nested
    class SingleChoiceAndTrueFalse {
        AnswerKey key = AnswerKey.options(List.of("b"));

        @Test
        void theRightOptionIsCorrectAndAnyOtherWrong() {
            assertEquals(Grade.CORRECT, grade(SINGLE_CHOICE, key, a("b")));
            assertEquals(Grade.WRONG, grade(SINGLE_CHOICE, key, a("a")));
        }

        @Test
        void twoValuesForOneChoiceAreWrongEvenWhenOneIsRight() {
            assertEquals(Grade.WRONG, grade(SINGLE_CHOICE, key, a("b", "a")));
        }

        @Test
        void emptyOrBlankAnswersAreUnanswered() {
            assertEquals(Grade.UNANSWERED, grade(SINGLE_CHOICE, key, a()));
            assertEquals(Grade.UNANSWERED, grade(SINGLE_CHOICE, key, a("  ", null)));
            assertEquals(Grade.UNANSWERED, grade(SINGLE_CHOICE, key, null));
        }

        @Test
        void trueFalse() {
            AnswerKey truth = AnswerKey.trueFalse(false);
            assertEquals(Grade.CORRECT, grade(TRUE_FALSE, truth, a("false")));
            assertEquals(Grade.WRONG, grade(TRUE_FALSE, truth, a("true")));
            assertEquals(Grade.UNANSWERED, grade(TRUE_FALSE, truth, a("")));
        }
    }

    @Nested
    class MultipleChoice {
        AnswerKey key = AnswerKey.options(List.of("a", "c", "d")); // k = 3

        @Test
        void allRightAndNothingWrongIsFullCredit() {
            assertEquals(Grade.CORRECT, grade(MULTIPLE_CHOICE, key, a("d", "a", "c")));
        }

        @Test
        void eachRightChoiceGivesOneKth() {
            Grade g = grade(MULTIPLE_CHOICE, key, a("a", "c"));
            assertEquals(GradeStatus.PARTIAL, g.status());
            assertEquals(2.0 / 3, g.fraction(), 1e-9);
            assertEquals(4.0 / 3, g.points(2), 1e-9);
        }

        @Test
        void eachWrongChoiceTakesOneKthAway() {
            assertEquals(1.0 / 3, grade(MULTIPLE_CHOICE, key, a("a", "c", "b")).fraction(), 1e-9);
        }

        @Test
        void creditIsFlooredAtZeroNeverNegative() {
            Grade g = grade(MULTIPLE_CHOICE, key, a("b", "e", "a"));
            assertEquals(0, g.fraction());
            assertEquals(GradeStatus.WRONG, g.status());
        }

        @Test
        void choosingEverythingDoesNotGiveFullCredit() {
            assertEquals(1.0 / 3, grade(MULTIPLE_CHOICE, key, a("a", "b", "c", "d", "e")).fraction(), 1e-9);
        }

        @Test
        void aReplayedDuplicateCountsOnce() {
            assertEquals(1.0 / 3, grade(MULTIPLE_CHOICE, key, a("a", "a", "a")).fraction(), 1e-9);
        }
    }

    @Nested
    class Matching {
        AnswerKey key = AnswerKey.matching(Map.of("a", "Altinn", "b", "ID-porten", "c", "Folkeregisteret"));

        @Test
        void allPairsRight() {
            assertEquals(Grade.CORRECT, grade(MATCHING, key, a("a=Altinn", "b=ID-porten", "c=Folkeregisteret")));
        }

        @Test
        void partialCreditPerRightPair() {
            assertEquals(1.0 / 3, grade(MATCHING, key, a("a=Altinn", "b=Folkeregisteret", "c=ID-porten")).fraction(), 1e-9);
        }

        @Test
        void theFirstPairingOfAnItemCountsAndGarbageIsIgnored() {
            assertEquals(Grade.WRONG, grade(MATCHING, key, a("a=ID-porten", "a=Altinn", "nonsense")));
        }
    }

    @Nested
    class Ordering {
        List<String> order = List.of("a", "b", "c", "d");

        @Test
        void allOrNothingByDefault() {
            assertEquals(Grade.CORRECT, grade(ORDERING, AnswerKey.ordering(order, false), a("a", "b", "c", "d")));
            assertEquals(Grade.WRONG, grade(ORDERING, AnswerKey.ordering(order, false), a("a", "b", "d", "c")));
        }

        @Test
        void partialCreditPerRightPosition() {
            assertEquals(0.5, grade(ORDERING, AnswerKey.ordering(order, true), a("a", "b", "d", "c")).fraction(), 1e-9);
        }

        @Test
        void aTieIsNeverFullyRight() {
            Grade g = grade(ORDERING, AnswerKey.ordering(List.of("a", "b"), true), a("a", "a", "b"));
            assertEquals(0.5, g.fraction(), 1e-9);
            Grade missing = grade(ORDERING, AnswerKey.ordering(order, true), a("a", "b", "c"));
            assertEquals(0.75, missing.fraction(), 1e-9);
        }
    }

    @Nested
    class Numeric {
        AnswerKey key = AnswerKey.numeric(2.5, 0.1);

        @Test
        void withinToleranceInclusiveIsRight() {
            assertEquals(Grade.CORRECT, grade(NUMERIC, key, a("2.5")));
            assertEquals(Grade.CORRECT, grade(NUMERIC, key, a("2,6")));
            assertEquals(Grade.CORRECT, grade(NUMERIC, key, a(" 2.4 ")));
            assertEquals(Grade.WRONG, grade(NUMERIC, key, a("2.61")));
        }

        @Test
        void spacesInLargeNumbersAndNonNumbers() {
            assertEquals(Grade.CORRECT, grade(NUMERIC, AnswerKey.numeric(1000, 0), a("1 000")));
            assertEquals(Grade.WRONG, grade(NUMERIC, key, a("to og en halv")));
            assertNull(GradingEngine.parseNumber("1e400"));
            assertNull(GradingEngine.parseNumber("NaN"));
        }
    }

    @Nested
    class ShortText {
        AnswerKey key = AnswerKey.text(List.of("Bærum", "Asker"), null);

        @Test
        void caseWhitespaceAndFullStopsDoNotMatter() {
            assertEquals(Grade.CORRECT, grade(SHORT_TEXT, key, a("  BÆRUM. ")));
            assertEquals(Grade.CORRECT, grade(SHORT_TEXT, key, a("asker")));
        }

        @Test
        void norwegianLettersMayBeWrittenAsAeOeAa() {
            assertEquals(Grade.CORRECT, grade(SHORT_TEXT, key, a("baerum")));
            assertEquals(Grade.CORRECT, grade(SHORT_TEXT, AnswerKey.text(List.of("Tønsberg og Ålesund"), null),
                    a("toensberg   og aalesund")));
        }

        @Test
        void decomposedUnicodeIsTheSameAnswer() {
            assertEquals(Grade.CORRECT, grade(SHORT_TEXT, AnswerKey.text(List.of("Å"), null), a("A\u030a")));
        }

        @Test
        void anOptionalPatternAlsoCounts() {
            AnswerKey withPattern = AnswerKey.text(List.of("ID-porten"), "id[- ]?porten(en)?");
            assertEquals(Grade.CORRECT, grade(SHORT_TEXT, withPattern, a("IDporten")));
            assertEquals(Grade.CORRECT, grade(SHORT_TEXT, withPattern, a("id porten")));
            assertEquals(Grade.WRONG, grade(SHORT_TEXT, withPattern, a("BankID")));
        }

        @Test
        void aBrokenPatternIsWrongNotAnError() {
            assertEquals(Grade.WRONG, grade(SHORT_TEXT, AnswerKey.text(List.of("x"), "(["), a("y")));
        }

        @Test
        void onlyDotsIsUnanswered() {
            assertEquals(Grade.UNANSWERED, grade(SHORT_TEXT, key, a(" . ")));
        }
    }

    @Nested
    class Essay {
        @Test
        void essaysWaitForAPerson() {
            assertEquals(Grade.PENDING, grade(ESSAY, AnswerKey.none(), a("Min refleksjon")));
            assertEquals(Grade.UNANSWERED, grade(ESSAY, AnswerKey.none(), a(" ")));
        }
    }

    @Nested
    class WeightedOptions {
        private final AnswerKey key = AnswerKey.weighted(Map.of("a", 1.0, "b", 0.5, "c", -0.5, "d", 0.0));

        @Test
        void singleChoiceEarnsTheChosenOptionsWeightAndOnlyOneMayBeChosen() {
            assertEquals(0.5, grade(SINGLE_CHOICE, key, a("b")).fraction(), 1e-9);
            assertEquals(Grade.CORRECT, grade(SINGLE_CHOICE, key, a("a")));
            assertEquals(Grade.WRONG, grade(SINGLE_CHOICE, key, a("c")), "a negative weight is floored at 0");
            assertEquals(Grade.WRONG, grade(SINGLE_CHOICE, key, a("a", "b")));
        }

        @Test
        void multipleChoiceSumsTheWeightsWithinZeroAndOne() {
            AnswerKey halves = AnswerKey.weighted(Map.of("a", 0.5, "b", 0.5, "c", -1.0));
            assertEquals(Grade.CORRECT, grade(MULTIPLE_CHOICE, halves, a("a", "b")));
            assertEquals(0.5, grade(MULTIPLE_CHOICE, halves, a("a", "a")).fraction(), 1e-9, "chosen twice counts once");
            assertEquals(Grade.WRONG, grade(MULTIPLE_CHOICE, halves, a("a", "b", "c")));
        }

        @Test
        void theWeightsSurviveStorage() {
            assertEquals(key, AnswerKeyCodec.decode(AnswerKeyCodec.encode(key)));
            AnswerKey plain = AnswerKey.weighted(Map.of("a", 1.0, "b", 0.0));
            assertEquals(AnswerKey.options(List.of("a")), plain, "all-or-nothing weights are a plain key");
        }
    }

    @Test
    void gradeFractionsStayWithinBounds() {
        assertEquals(Grade.CORRECT, Grade.of(1.2));
        assertEquals(Grade.WRONG, Grade.of(-0.5));
    }
}
