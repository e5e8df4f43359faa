package no.laeringsarena.search;

import java.time.OffsetDateTime;

/**
 * Where the last full reindex is.
 *
 * @param state    IDLE (none since start-up), RUNNING, DONE or FAILED
 * @param step     what it is doing: the source being read, "switch" when moving the alias (RUNNING only)
 * @param done     documents written into the new index so far
 * @param total    documents to write (known once the sources were read; 0 before)
 * @param index    the new index
 * @param previous the index the alias pointed to before
 * @param error    why it failed (FAILED only)
 */
public record ReindexProgress(State state, String step, int done, int total, String index, String previous,
                              String error, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public static final ReindexProgress IDLE = new ReindexProgress(State.IDLE, "", 0, 0, null, null, null, null, null);

    /** 0 to 100; 100 when done. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, (int) (100L * done / total));
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    ReindexProgress step(String step, int done, int total) {
        return new ReindexProgress(state, step, done, total, index, previous, error, startedAt, finishedAt);
    }
}
