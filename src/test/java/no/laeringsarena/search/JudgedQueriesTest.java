package no.laeringsarena.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** nDCG@5 as the relevance check computes it, and the judged set it reads. */
class JudgedQueriesTest {

    @Test
    void idealOrderIsOneAndMistakesCost() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 2);
        assertEquals(1.0, JudgedQueries.ndcg(List.of("a", "b", "x"), grades, 5), 1e-9);
        assertEquals(0.0, JudgedQueries.ndcg(List.of("x", "y"), grades, 5), 1e-9);
        double swapped = JudgedQueries.ndcg(List.of("b", "a"), grades, 5);
        assertTrue(swapped > 0.7 && swapped < 1.0, "b before a: " + swapped);
        double late = JudgedQueries.ndcg(List.of("x", "y", "z", "w", "a"), grades, 5);
        assertTrue(late < 0.4, "the answer fifth: " + late);
        assertEquals(0.0, JudgedQueries.ndcg(List.of("x", "y", "z", "w", "v", "a"), grades, 5), 1e-9, "sixth is not seen");
    }

    @Test
    void theJudgedSetHasAtLeastThirtyQueries() throws Exception {
        List<JudgedQueries.Judgement> set = JudgedQueries.read("search/judged-queries-nb.tsv");
        assertTrue(set.size() >= 30, "queries: " + set.size());
        assertTrue(set.stream().allMatch(j -> j.grades().values().stream().anyMatch(g -> g >= 2)), "each has a good answer");
    }
}
