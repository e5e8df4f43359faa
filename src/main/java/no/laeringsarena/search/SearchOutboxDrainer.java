package no.laeringsarena.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.platform.ClusterLock;

/**
 * Sends the search outbox to Elasticsearch: right after every commit that wrote to it, and every
 * {@value #PERIOD_SECONDS} seconds (so what was written while Elasticsearch was down goes out when it is back).
 * One pass at a time, also across application instances ({@link ClusterLock}): two passes at once could send an older
 * version of a document after a newer one. An entry is marked done only when Elasticsearch accepted it.
 * <p>
 * The passes run on one worker thread of its own, which a commit only wakes: a task handed to the managed executor
 * from a request thread closed that request's entity managers when it finished (Payara's context propagation), and
 * the page being rendered after a save then failed.
 */
@ApplicationScoped
public class SearchOutboxDrainer {

    static final long PERIOD_SECONDS = 5;
    /** Sent entries are kept this long (to see what went out, and for a reindex to replay), then deleted. */
    static final Duration KEEP_DONE = Duration.ofHours(24);
    private static final long CLEANUP_EVERY_MINUTES = 60;
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(SearchOutboxDrainer.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    SearchOutboxStore store;

    @Inject
    SearchIndexAdmin index;

    @Inject
    ClusterLock clusterLock;

    private final ReentrantLock passing = new ReentrantLock();
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean stopping;
    private volatile Thread worker;
    private volatile ScheduledFuture<?> cleanup;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Thread thread = threads.newThread(this::drainUntilStopped);
        thread.setName("search-outbox");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        cleanup = executor.scheduleWithFixedDelay(this::cleanUpQuietly, 2, CLEANUP_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** The worker: a pass whenever a commit wakes it, and at least every {@value #PERIOD_SECONDS} seconds. */
    private void drainUntilStopped() {
        try {
            // the first pass waits for start-up (schema, indexes) to settle
            Thread.sleep(TimeUnit.SECONDS.toMillis(15));
            while (!stopping) {
                wakeUp.tryAcquire(PERIOD_SECONDS, TimeUnit.SECONDS);
                wakeUp.drainPermits();
                if (!stopping) {
                    drainQuietly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes entries sent more than {@link #KEEP_DONE} ago; answers how many. */
    public int cleanUp() {
        return store.deleteDoneBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(KEEP_DONE));
    }

    private void cleanUpQuietly() {
        try {
            int deleted = cleanUp();
            if (deleted > 0) {
                LOG.info(() -> "Search outbox: deleted " + deleted + " sent entries older than " + KEEP_DONE);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Search outbox: clean-up failed", e);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.OutboxWritten written) {
        wakeUp.release();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
        if (cleanup != null) {
            cleanup.cancel(false);
        }
    }

    /**
     * Sends what is pending, batch after batch, until nothing is left or Elasticsearch is unreachable. Does nothing
     * while another pass runs, here or in another instance: that pass sees the new entries.
     */
    public OutboxDrain.Summary drain() {
        if (!passing.tryLock()) {
            return new OutboxDrain.Summary(0, 0, false);
        }
        try {
            return clusterLock.tryRun(ClusterLock.Name.SEARCH_OUTBOX, this::drainBatches)
                    .orElse(new OutboxDrain.Summary(0, 0, false));
        } finally {
            passing.unlock();
        }
    }

    private OutboxDrain.Summary drainBatches() {
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
    }

    /** Sends these entries again, latest per document (a reindex replaying what changed while it read). */
    OutboxDrain.Summary replay(List<OutboxDrain.Entry> entries) {
        return OutboxDrain.run(entries, this::send, new OutboxDrain.Bookkeeper() {
            @Override
            public void done(long id) {
                // already recorded by the regular pass, or it will be
            }

            @Override
            public void failed(long id, String error) {
                LOG.warning(() -> "Search outbox: replaying entry " + id + " refused: " + error);
            }
        });
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
