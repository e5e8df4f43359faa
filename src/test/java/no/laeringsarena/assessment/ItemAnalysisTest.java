package no.laeringsarena.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.laeringsarena.assessment.ItemAnalysis.Flag;
import no.laeringsarena.assessment.ItemAnalysis.Item;
import no.laeringsarena.assessment.ItemAnalysis.Score;
import org.junit.jupiter.api.Test;

/**
 * Item analysis on a small dataset worked out by hand (and checked with Python's statistics module): ten attempts at
 * four one-point questions, where the fourth is answered right mostly by those who do badly on the rest.
 */
class ItemAnalysisTest {

    private static final int[][] DATA = {
        {1, 1, 1, 0}, {1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 1, 0}, {0, 0, 1, 1},
        {0, 1, 0, 1}, {0, 0, 0, 1}, {1, 1, 1, 1}, {0, 0, 0, 0}, {1, 1, 1, 1}};
    private static final List<String> KEYS = List.of("q1", "q2", "q3", "q4");

    private static List<List<Score>> attempts(int[][] data) {
        List<List<Score>> attempts = new ArrayList<>();
        for (int[] row : data) {
            List<Score> scores = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                scores.add(new Score(KEYS.get(i), row[i], 1));
            }
            attempts.add(scores);
        }
        return attempts;
    }

    @Test
    void facilityAndCorrectedPointBiserialMatchTheWorkedExample() {
        List<Item> items = ItemAnalysis.analyse(KEYS, attempts(DATA));
        for (int i = 0; i < 3; i++) {
            assertEquals(10, items.get(i).responses());
            assertEquals(0.6, items.get(i).facility(), 1e-9);
            assertEquals(0.408248290, items.get(i).discrimination(), 1e-6);
            assertEquals(Set.of(), items.get(i).flags(), "a sound question is not flagged");
        }
        Item bad = items.get(3);
        assertEquals(0.5, bad.facility(), 1e-9);
        assertEquals(-0.171498585, bad.discrimination(), 1e-6);
        assertEquals(Set.of(Flag.NEGATIVE_DISCRIMINATION), bad.flags(), "a question that rewards the weaker learners");
    }

    @Test
    void aQuestionEverybodyGetsRightIsTooEasyAndHasNoDiscrimination() {
        int[][] data = {{1, 1}, {1, 0}, {1, 1}, {1, 0}, {1, 1}};
        List<Item> items = ItemAnalysis.analyse(List.of("q1", "q2"), attempts(data));
        assertEquals(1.0, items.get(0).facility(), 1e-9);
        assertNull(items.get(0).discrimination());
        assertEquals(Set.of(Flag.TOO_EASY), items.get(0).flags());
    }

    @Test
    void partialCreditDrawnSubsetsAndTooFewResponses() {
        List<List<Score>> attempts = List.of(
                List.of(new Score("q1", 0.5, 2), new Score("q2", 1, 1)),
                List.of(new Score("q1", 0, 2)),
                List.of(new Score("q2", 0, 1), new Score("q3", 1, 1)));
        List<Item> items = ItemAnalysis.analyse(List.of("q1", "q2", "q3"), attempts);
        assertEquals(2, items.get(0).responses(), "only the attempts that drew it");
        assertEquals(0.25, items.get(0).facility(), 1e-9);
        assertEquals(Set.of(Flag.TOO_FEW_RESPONSES), items.get(0).flags());
        assertEquals(1, items.get(2).responses());
        assertNull(items.get(2).discrimination());
    }
}
