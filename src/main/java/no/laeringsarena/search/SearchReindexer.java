package no.laeringsarena.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;

/**
 * A full reindex from the database without downtime: searches keep using the live index behind the alias while
 * a new index is built beside it from every {@link SearchDocumentSource}; then the alias moves to the new index in
 * one atomic step, the outbox entries written meanwhile are replayed onto it (so no change made during the rebuild
 * is lost), the old index is deleted, and sent outbox entries past their keeping time are cleaned up.
 * One reindex at a time; progress in {@link #progress()} (for the admin page's progress bar).
 */
@ApplicationScoped
public class SearchReindexer {

    private static final Logger LOG = Logger.getLogger(SearchReindexer.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int BATCH = 200;

    @Inject
    SearchIndexAdmin admin;

    @Inject
    SearchOutboxStore outbox;

    @Inject
    SearchOutboxDrainer drainer;

    @Inject
    Instance<SearchDocumentSource> sources;

    @Inject
    SearchSynonyms synonyms;

    /** A thread of its own per reindex (a managed executor task would end the starting request's context with it). */
    @Resource
    ManagedThreadFactory threads;

    private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.IDLE);

    public ReindexProgress progress() {
        return progress.get();
    }

    /** Starts a reindex in the background with the synonym rules in force; false when one is running already. */
    @RequiresRole(Role.SYSTEMADMINISTRATOR)
    public boolean start() {
        return startWith(synonyms.rules());
    }

    /** Starts a reindex that applies new synonym rules (an editor saved them); false when one is running already. */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public boolean startForSynonyms(List<String> rules) {
        return startWith(List.copyOf(rules));
    }

    private boolean startWith(List<String> rules) {
        ReindexProgress current = progress.get();
        if (current.running()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String index = SearchIndexAdmin.CONTENT_ALIAS + "-" + STAMP.format(now);
        ReindexProgress started = new ReindexProgress(ReindexProgress.State.RUNNING, "start", 0, 0, index, null, null,
                now, null);
        if (!progress.compareAndSet(current, started)) {
            return false;
        }
        Thread worker = threads.newThread(() -> run(index, rules));
        worker.setName("search-reindex");
        worker.start();
        return true;
    }

    private void run(String index, List<String> rules) {
        boolean switched = false;
        try {
            long mark = outbox.lastId();
            String previous = admin.liveIndex().orElse(null);
            progress.updateAndGet(p -> new ReindexProgress(p.state(), "read", 0, 0, index, previous, null,
                    p.startedAt(), null));
            admin.createIndex(index, rules);
            long estimate = 0;
            for (SearchDocumentSource source : sources) {
                estimate += source.estimatedCount();
            }
            int total = (int) Math.min(Integer.MAX_VALUE, estimate);
            int done = 0;
            for (SearchDocumentSource source : sources) {
                int fromSource = 0;
                SearchDocumentSource.Page page;
                int number = 0;
                do {
                    page = source.documents(number++, BATCH);
                    if (!page.documents().isEmpty()) {
                        admin.bulkIndex(index, page.documents());
                    }
                    fromSource += page.documents().size();
                    done += page.documents().size();
                    int d = done;
                    int t = Math.max(total, done);
                    progress.updateAndGet(p -> p.step(source.name(), d, t));
                } while (page.more());
                LOG.info("Search: reindex wrote " + fromSource + " documents from " + source.name());
            }
            total = done;
            long count = admin.refreshAndCount(index);
            int t = total;
            progress.updateAndGet(p -> p.step("switch", t, t));
            admin.moveAlias(index);
            switched = true;
            OutboxDrain.Summary replayed = drainer.replay(outbox.writtenAfter(mark));
            admin.deleteIndexesBesides(index);
            int cleaned = drainer.cleanUp();
            LOG.info("Search: reindex into " + index + " done: " + count + " documents, " + replayed.done()
                    + " changes replayed, " + cleaned + " old outbox entries deleted");
            progress.updateAndGet(p -> new ReindexProgress(ReindexProgress.State.DONE, "", t, t, index, p.previous(),
                    null, p.startedAt(), OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (Exception e) {
            boolean live = switched;
            LOG.log(Level.WARNING, "Search: reindex into " + index + " failed; "
                    + (live ? "the alias had moved to it already" : "the live index is unchanged"), e);
            if (!live) {
                admin.deleteIndex(index);
            }
            progress.updateAndGet(p -> new ReindexProgress(ReindexProgress.State.FAILED, "", p.done(), p.total(), index,
                    p.previous(), String.valueOf(e.getMessage()), p.startedAt(), OffsetDateTime.now(ZoneOffset.UTC)));
        }
    }
}
