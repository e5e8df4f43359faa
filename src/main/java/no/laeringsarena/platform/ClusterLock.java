package no.laeringsarena.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Work that only one application instance may do at a time when several share one database (README "Scaling out"):
 * a PostgreSQL advisory lock, held on a connection of its own for as long as the work runs. The work uses its own
 * transactions as usual. The lock is released when the work ends, and by PostgreSQL when the instance holding it
 * dies (its connection closes), so a crashed instance never blocks the others.
 * <p>
 * Row-level claims ({@code FOR UPDATE SKIP LOCKED}, as the mail and xAPI outboxes do) are preferred where work comes
 * in rows; this lock is for work that must not interleave as a whole (the search outbox, whose order per document
 * matters, and the start-up imports).
 */
@ApplicationScoped
public class ClusterLock {

    /** The locks there are. A lock shows in pg_locks as classid 0x4C41 ("LA") and objid its key. */
    public enum Name {
        /** One instance at a time sends the search outbox to Elasticsearch. */
        SEARCH_OUTBOX(1),
        /** One instance at a time imports the seed content and creates the demo data at start-up. */
        STARTUP(2);

        private final int key;

        Name(int key) {
            this.key = key;
        }
    }

    private static final int NAMESPACE = 0x4C41;
    private static final Logger LOG = Logger.getLogger(ClusterLock.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    public ClusterLock() {
    }

    /** For tests: on a data source of their own. */
    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} holding the lock when no other instance holds it, with its (non-null) result; empty, the work
     * not run, when another one does.
     */
    public <T> Optional<T> tryRun(Name lock, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "SELECT pg_try_advisory_lock(?, ?)", lock)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                unlock(connection, lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The cluster lock " + lock + " could not be taken: " + e.getMessage(), e);
        }
    }

    /** Waits until no other instance holds the lock, then runs {@code work} holding it. */
    public <T> T run(Name lock, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection, "SELECT pg_advisory_lock(?, ?) IS NOT NULL", lock);
            try {
                return work.get();
            } finally {
                unlock(connection, lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The cluster lock " + lock + " could not be taken: " + e.getMessage(), e);
        }
    }

    private static boolean lock(Connection connection, String sql, Name lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, lock.key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection, Name lock) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, lock.key);
            statement.execute();
        } catch (SQLException e) {
            // the lock goes with the connection's session at the latest
            LOG.log(Level.WARNING, "Releasing the cluster lock " + lock + " failed", e);
        }
    }
}
