package no.laeringsarena.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over pending outbox entries, in order, without any infrastructure: for each document only its latest
 * entry is sent (earlier ones are simply done). Elasticsearch unreachable ends the pass (the rest stays pending for
 * the next one, no attempt counted); a refused entry is recorded as a failed attempt and the pass goes on.
 */
final class OutboxDrain {

    /** What sending one entry gave. */
    enum Outcome { DONE, UNAVAILABLE, REFUSED }

    record Entry(long id, String documentId, SearchOutboxEntry.Operation operation, String payload) {
    }

    interface Sender {
        /** Sends one entry; UNAVAILABLE when the cluster cannot be reached; throws when it refused. */
        Outcome send(Entry entry);
    }

    interface Bookkeeper {
        void done(long id);

        void failed(long id, String error);
    }

    record Summary(int done, int failed, boolean stoppedUnavailable) {
    }

    private OutboxDrain() {
    }

    static Summary run(List<Entry> pending, Sender sender, Bookkeeper books) {
        Map<String, Long> latest = new HashMap<>();
        pending.forEach(e -> latest.merge(e.documentId(), e.id(), Math::max));
        int done = 0;
        int failed = 0;
        for (Entry entry : pending) {
            if (latest.get(entry.documentId()) != entry.id()) {
                books.done(entry.id());   // superseded by a later change of the same document
                done++;
                continue;
            }
            Outcome outcome;
            String error = null;
            try {
                outcome = sender.send(entry);
            } catch (RuntimeException refused) {
                outcome = Outcome.REFUSED;
                error = refused.getMessage();
            }
            switch (outcome) {
                case DONE -> {
                    books.done(entry.id());
                    done++;
                }
                case REFUSED -> {
                    books.failed(entry.id(), error == null ? "refused" : error);
                    failed++;
                }
                case UNAVAILABLE -> {
                    // not the entry's fault: no attempt is counted, it stays pending for the next pass
                    return new Summary(done, failed, true);
                }
            }
        }
        return new Summary(done, failed, false);
    }
}
