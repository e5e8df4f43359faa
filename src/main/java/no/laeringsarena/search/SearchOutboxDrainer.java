package no.laeringsarena.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the search outbox to Elasticsearch: right after every commit that wrote to it, and every
 * {@value #PERIOD_SECONDS} seconds (so what was written while Elasticsearch was down goes out when it is back).
 * One pass at a time; an entry is marked done only when Elasticsearch accepted it.
 */
@ApplicationScoped
public class SearchOutboxDrainer {

    static final long PERIOD_SECONDS = 5;
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(SearchOutboxDrainer.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SearchOutboxStore store;

    @Inject
    SearchIndexAdmin index;

    private final ReentrantLock passing = new ReentrantLock();
    private volatile ScheduledFuture<?> periodic;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        periodic = executor.scheduleWithFixedDelay(this::drainQuietly, 15, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.OutboxWritten written) {
        executor.execute(this::drainQuietly);
    }

    @PreDestroy
    void stop() {
        if (periodic != null) {
            periodic.cancel(false);
        }
    }

    /** Sends what is pending, batch after batch, until nothing is left or Elasticsearch is unreachable. */
    public OutboxDrain.Summary drain() {
        if (!passing.tryLock()) {
            return new OutboxDrain.Summary(0, 0, false);   // another pass is running and will see the new entries
        }
        try {
            int done = 0;
            int failed = 0;
            while (true) {
                List<OutboxDrain.Entry> pending = store.pending(BATCH);
                if (pending.isEmpty()) {
                    return new OutboxDrain.Summary(done, failed, false);
                }
                OutboxDrain.Summary pass = OutboxDrain.run(pending, this::send, new OutboxDrain.Bookkeeper() {
                    @Override
                    public void done(long id) {
                        store.done(id);
                    }

                    @Override
                    public void failed(long id, String error) {
                        store.failed(id, error);
                    }
                });
                done += pass.done();
                failed += pass.failed();
                if (pass.stoppedUnavailable() || pass.done() == 0) {
                    return new OutboxDrain.Summary(done, failed, pass.stoppedUnavailable());
                }
            }
        } finally {
            passing.unlock();
        }
    }

    private OutboxDrain.Outcome send(OutboxDrain.Entry entry) {
        boolean ok = switch (entry.operation()) {
            case UPSERT -> index.index(SearchDocumentJson.read(entry.payload()));
            case DELETE -> index.delete(entry.documentId());
        };
        return ok ? OutboxDrain.Outcome.DONE : OutboxDrain.Outcome.UNAVAILABLE;
    }

    private void drainQuietly() {
        try {
            OutboxDrain.Summary summary = drain();
            if (summary.done() + summary.failed() > 0) {
                LOG.fine(() -> "Search outbox: " + summary);
            }
        } catch (RuntimeException e) {
            // e.g. before the schema is migrated at start-up: the next pass tries again
            LOG.log(Level.FINE, "Search outbox: pass failed", e);
        }
    }
}
