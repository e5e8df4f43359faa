package no.laeringsarena.learningrecord.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementQuerySqlTest {

    private static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";

    @Test
    void withoutFiltersItPagesOverAllStatements() {
        StatementQuerySql sql = StatementQuerySql.of(StatementQuery.parse(Map.of("limit", List.of("10"))), 42L);
        assertFalse(sql.text().contains("WITH RECURSIVE"));
        assertTrue(sql.text().endsWith("ORDER BY seq DESC LIMIT 11"), sql.text());
        assertEquals(List.of(42L), sql.parameters());
    }

    @Test
    void filtersReadOnlyAPageOfDirectMatchesAndFollowStatementRefsFromTheRefs() {
        StatementQuerySql sql = StatementQuerySql.of(StatementQuery.parse(Map.of("verb", List.of(VERB),
                "limit", List.of("10"), "ascending", List.of("true"))), 7L);
        // never "every id that meets the filters": the chains start from statements that are StatementRefs
        assertTrue(sql.text().contains("r.object_statement_id IS NOT NULL AND EXISTS"), sql.text());
        assertTrue(sql.text().contains("AND verb_id = ?1 AND seq > ?2 ORDER BY seq ASC LIMIT 11)"), sql.text());
        assertEquals(List.of(VERB, 7L), sql.parameters());
    }

    @Test
    void positionalFormRepeatsAParameterWhereverItsNumberAppears() {
        StatementQuerySql sql = StatementQuerySql.of(StatementQuery.parse(Map.of("verb", List.of(VERB))), 7L).positional();
        long places = sql.text().chars().filter(c -> c == '?').count();
        assertEquals(places, sql.parameters().size());
        assertEquals(List.of(VERB, VERB, 7L, 7L), sql.parameters());
        assertFalse(sql.text().matches("(?s).*\\?\\d.*"));
    }
}
