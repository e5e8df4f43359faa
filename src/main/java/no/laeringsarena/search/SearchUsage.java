package no.laeringsarena.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the searches people make (on the search page and through the API) for the system administrator's dashboard:
 * a number per day, nothing about who searched or what. Counting is a memory increment; {@link #flush} adds the count
 * to the day's row (every minute, from {@link SearchUsageFlusher}), so a busy search page never waits on a hot row.
 */
@ApplicationScoped
public class SearchUsage {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final AtomicLong pending = new AtomicLong();

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    /** One search was made. */
    public void counted() {
        pending.incrementAndGet();
    }

    /** Adds what was counted since the last flush to today's row; returns how many. */
    @Transactional
    public long flush() {
        long count = pending.getAndSet(0);
        if (count == 0) {
            return 0;
        }
        try {
            em.createNativeQuery("""
                    INSERT INTO search_usage_day (day, searches) VALUES (?1, ?2)
                    ON CONFLICT (day) DO UPDATE SET searches = search_usage_day.searches + EXCLUDED.searches""")
                    .setParameter(1, Date.valueOf(LocalDate.now(OSLO))).setParameter(2, count).executeUpdate();
        } catch (RuntimeException e) {
            pending.addAndGet(count);
            throw e;
        }
        return count;
    }
}
