package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of a statement query (GET /xapi/statements with filters), with numbered parameters (?1, ?2, …).
 *
 * <p>A statement meets the agent, verb, activity and registration filters itself, or through a StatementRef: it
 * targets (directly or through a chain of StatementRefs) a statement that meets them. Only a page is ever read: the
 * direct matches come from an index in seq order with a limit, and the StatementRef chains start from the few
 * statements that are StatementRefs, never from every match of the filters (with 1,000,000 statements a verb
 * filter matches most of them, which made the query take seconds).
 */
public record StatementQuerySql(String text, List<Object> parameters) {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    public static StatementQuerySql of(StatementQuery query, Long after) {
        StringBuilder filter = new StringBuilder("true");
        List<Object> parameters = new ArrayList<>();
        if (query.agentKey() != null) {
            filter.append(query.relatedAgents() ? " AND related_agents @> CAST(?" : " AND agent_keys @> CAST(?")
                    .append(parameters.size() + 1).append(" AS jsonb)");
            parameters.add(jsonArray(List.of(query.agentKey())));
        }
        if (query.verb() != null) {
            filter.append(" AND verb_id = ?").append(parameters.size() + 1);
            parameters.add(query.verb());
        }
        if (query.activity() != null) {
            if (query.relatedActivities()) {
                filter.append(" AND related_activities @> CAST(?").append(parameters.size() + 1).append(" AS jsonb)");
                parameters.add(jsonArray(List.of(query.activity())));
            } else {
                filter.append(" AND object_activity_id = ?").append(parameters.size() + 1);
                parameters.add(query.activity());
            }
        }
        if (query.registration() != null) {
            filter.append(" AND registration = CAST(?").append(parameters.size() + 1).append(" AS uuid)");
            parameters.add(query.registration().toString());
        }
        boolean filtered = !parameters.isEmpty();
        StringBuilder window = new StringBuilder();
        if (query.since() != null) {
            window.append(" AND stored > CAST(?").append(parameters.size() + 1).append(" AS timestamptz)");
            parameters.add(query.since().toString());
        }
        if (query.until() != null) {
            window.append(" AND stored <= CAST(?").append(parameters.size() + 1).append(" AS timestamptz)");
            parameters.add(query.until().toString());
        }
        if (after != null) {
            window.append(query.ascending() ? " AND seq > ?" : " AND seq < ?").append(parameters.size() + 1);
            parameters.add(after);
        }
        String order = " ORDER BY seq " + (query.ascending() ? "ASC" : "DESC") + " LIMIT " + (query.limit() + 1);
        if (!filtered) {
            return new StatementQuerySql("SELECT seq, statement::text FROM xapi_statement WHERE voided = false"
                    + window + order, parameters);
        }
        // refs: statements targeting (through StatementRefs) a statement that meets the filters, voided ones included;
        // in the EXISTS the filter's columns are the target's (the innermost table)
        String sql = "WITH RECURSIVE refs(id) AS ("
                + "SELECT r.id FROM xapi_statement r WHERE r.object_statement_id IS NOT NULL AND EXISTS ("
                + "SELECT 1 FROM xapi_statement WHERE xapi_statement.id = r.object_statement_id AND " + filter + ")"
                + " UNION SELECT s.id FROM xapi_statement s JOIN refs m ON s.object_statement_id = m.id)"
                + " SELECT seq, statement::text FROM xapi_statement WHERE seq IN ("
                + "(SELECT seq FROM xapi_statement WHERE voided = false AND " + filter + window + order + ")"
                + " UNION (SELECT seq FROM xapi_statement WHERE voided = false AND id IN (SELECT id FROM refs)"
                + window + order + "))" + order;
        return new StatementQuerySql(sql, parameters);
    }

    /** For plain JDBC: the text with ? placeholders and the parameters in the order of their places. */
    public StatementQuerySql positional() {
        List<Object> expanded = new ArrayList<>();
        Matcher m = NUMBERED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            expanded.add(parameters.get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new StatementQuerySql(out.toString(), expanded);
    }

    private static String jsonArray(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }
}
