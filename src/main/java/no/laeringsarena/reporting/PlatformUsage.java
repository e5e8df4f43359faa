package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;

/**
 * The system administrator's view of how the platform is used, week by week: people who logged in (from the audit
 * log), courses completed, searches made, and forum posts. Four grouped queries over the period, each on an index.
 */
@ApplicationScoped
@RequiresRole(Role.SYSTEMADMINISTRATOR)
public class PlatformUsage {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    Clock clock = Clock.system(OrganisationReporting.OSLO);

    /** The last {@code count} weeks, the current one included, oldest first. */
    public List<UsageWeek> weeks(int count) {
        LocalDate today = LocalDate.now(clock);
        Date from = Date.valueOf(UsageSeries.firstMonday(today, count));
        return UsageSeries.of(today, count,
                perWeek("""
                        SELECT CAST(date_trunc('week', occurred_at AT TIME ZONE 'Europe/Oslo') AS date), count(DISTINCT actor_id)
                          FROM audit_event WHERE event_type = 'LOGIN_SUCCEEDED'
                           AND occurred_at >= CAST(?1 AS timestamp) AT TIME ZONE 'Europe/Oslo'
                         GROUP BY 1""", from),
                perWeek("""
                        SELECT CAST(date_trunc('week', completed_at AT TIME ZONE 'Europe/Oslo') AS date), count(*)
                          FROM enrolment WHERE completed_at >= CAST(?1 AS timestamp) AT TIME ZONE 'Europe/Oslo'
                         GROUP BY 1""", from),
                perWeek("""
                        SELECT CAST(date_trunc('week', day) AS date), sum(searches) FROM search_usage_day
                         WHERE day >= ?1 GROUP BY 1""", from),
                perWeek("""
                        SELECT CAST(date_trunc('week', t.created_at AT TIME ZONE 'Europe/Oslo') AS date), count(*)
                          FROM (SELECT created_at FROM forum_thread
                                 WHERE created_at >= CAST(?1 AS timestamp) AT TIME ZONE 'Europe/Oslo'
                                UNION ALL
                                SELECT created_at FROM forum_reply
                                 WHERE created_at >= CAST(?1 AS timestamp) AT TIME ZONE 'Europe/Oslo') t
                         GROUP BY 1""", from));
    }

    private Map<LocalDate, Long> perWeek(String sql, Date from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, from).getResultList();
        Map<LocalDate, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(toLocalDate(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
