package no.laeringsarena.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Synonym rules as editors type them: tidied, and refused with the line number when Elasticsearch could not use them. */
class SynonymRulesTest {

    @Test
    void theShippedRulesAreValid() {
        String shipped = String.join("\n", SearchIndexSettings.synonyms());
        assertEquals(List.of(), SynonymRules.problems(shipped));
        assertEquals(SearchIndexSettings.synonyms().size(), SynonymRules.parse(shipped).size());
    }

    @Test
    void rulesAreTidiedAndCommentsDropped() {
        assertEquals(List.of("byggetillatelse, byggesøknad", "ikt => it"),
                SynonymRules.parse("# kommentar\n  Byggetillatelse ,   Byggesøknad \r\n\nIKT => IT\n"));
    }

    @Test
    void badLinesAreNamed() {
        assertEquals(List.of(new SynonymRules.Problem(2, "searchSynonyms.error.shape"),
                        new SynonymRules.Problem(3, "searchSynonyms.error.characters"),
                        new SynonymRules.Problem(4, "searchSynonyms.error.shape"),
                        new SynonymRules.Problem(5, "searchSynonyms.error.shape")),
                SynonymRules.problems("a, b\nbare ett ord\n<script>, x\na => \n, b"));
        assertEquals(List.of(new SynonymRules.Problem(1, "searchSynonyms.error.tooLong")),
                SynonymRules.problems("a, " + "b".repeat(400)));
        assertEquals(List.of(new SynonymRules.Problem(0, "searchSynonyms.error.tooMany")),
                SynonymRules.problems("a, b\n".repeat(1001)));
    }
}
