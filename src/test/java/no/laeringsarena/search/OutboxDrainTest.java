package no.laeringsarena.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.search.SearchOutboxEntry.Operation;
import org.junit.jupiter.api.Test;

/**
 * The outbox when Elasticsearch is down, refuses, or comes back: nothing is marked done that was not sent,
 * and the latest change of a document wins. (The ES-down case is tested here with a failing index function;
 * the IT covers the happy path against a real cluster.)
 */
class OutboxDrainTest {

    private final Map<Long, String> outcome = new LinkedHashMap<>();
    private final List<Long> sent = new ArrayList<>();

    private final OutboxDrain.Bookkeeper books = new OutboxDrain.Bookkeeper() {
        @Override
        public void done(long id) {
            outcome.put(id, "done");
        }

        @Override
        public void failed(long id, String error) {
            outcome.put(id, "failed: " + error);
        }
    };

    private static OutboxDrain.Entry upsert(long id, String doc) {
        return new OutboxDrain.Entry(id, doc, Operation.UPSERT, "{}");
    }

    @Test
    void whileElasticsearchIsDownNothingIsMarkedDoneAndItIsSentWhenItIsBack() {
        List<OutboxDrain.Entry> pending = List.of(upsert(1, "a"), upsert(2, "b"));
        OutboxDrain.Summary down = OutboxDrain.run(pending, e -> OutboxDrain.Outcome.UNAVAILABLE, books);
        assertTrue(down.stoppedUnavailable());
        assertEquals(0, down.done());
        assertTrue(outcome.isEmpty(), "still pending, no attempt counted: " + outcome);

        OutboxDrain.Summary back = OutboxDrain.run(pending, e -> {
            sent.add(e.id());
            return OutboxDrain.Outcome.DONE;
        }, books);
        assertFalse(back.stoppedUnavailable());
        assertEquals(List.of(1L, 2L), sent);
        assertEquals(Map.of(1L, "done", 2L, "done"), outcome);
    }

    @Test
    void aRefusedEntryIsRecordedAndTheOthersStillGo() {
        OutboxDrain.Summary summary = OutboxDrain.run(List.of(upsert(1, "a"), upsert(2, "b")), e -> {
            if (e.id() == 1) {
                throw new IllegalStateException("mapper_parsing_exception");
            }
            return OutboxDrain.Outcome.DONE;
        }, books);
        assertEquals(1, summary.failed());
        assertEquals("failed: mapper_parsing_exception", outcome.get(1L));
        assertEquals("done", outcome.get(2L));
    }

    @Test
    void onlyTheLatestChangeOfADocumentIsSent() {
        List<OutboxDrain.Entry> pending = List.of(upsert(1, "a"),
                new OutboxDrain.Entry(2, "a", Operation.DELETE, null), upsert(3, "b"));
        OutboxDrain.run(pending, e -> {
            sent.add(e.id());
            return OutboxDrain.Outcome.DONE;
        }, books);
        assertEquals(List.of(2L, 3L), sent, "the delete of 'a' wins over its earlier upsert");
        assertEquals(3, outcome.size());
    }

    @Test
    void elasticsearchGoingAwayHalfwayKeepsTheRestPending() {
        OutboxDrain.Summary summary = OutboxDrain.run(List.of(upsert(1, "a"), upsert(2, "b"), upsert(3, "c")),
                e -> e.id() == 1 ? OutboxDrain.Outcome.DONE : OutboxDrain.Outcome.UNAVAILABLE, books);
        assertEquals(Map.of(1L, "done"), outcome);
        assertTrue(summary.stoppedUnavailable());
    }
}
