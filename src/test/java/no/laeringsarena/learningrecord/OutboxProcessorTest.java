package no.laeringsarena.learningrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarding against a tiny HTTP server that fails first and then succeeds: a failure schedules a retry with
 * backoff, only a 2xx marks statements sent, and a sent statement is never sent again.
 */
class OutboxProcessorTest {

    private HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> headers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/lrs/statements", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            headers.add(exchange.getRequestHeaders().getFirst("X-Experience-API-Version") + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            if (status == 200) {
                received.add(body);
            }
            byte[] answer = (status == 200 ? "[]" : "busy").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** An outbox in memory, as the table behaves. */
    static class MemoryOutbox implements Outbox {
        final Map<UUID, Row> rows = new LinkedHashMap<>();

        static class Row {
            JsonObject statement;
            int attempts;
            OffsetDateTime next = OffsetDateTime.MIN;
            OffsetDateTime sent;
            String error;
        }

        void add(JsonObject statement) {
            Row row = new Row();
            row.statement = statement;
            rows.put(UUID.fromString(statement.getString("id")), row);
        }

        @Override
        public List<Entry> due(OffsetDateTime now, int max) {
            List<Entry> due = new ArrayList<>();
            rows.forEach((id, row) -> {
                if (row.sent == null && !row.next.isAfter(now) && due.size() < max) {
                    due.add(new Entry(id, row.statement, row.attempts));
                }
            });
            return due;
        }

        @Override
        public void markSent(List<UUID> ids, OffsetDateTime at) {
            ids.forEach(id -> {
                rows.get(id).sent = at;
                rows.get(id).attempts++;
            });
        }

        @Override
        public void markFailed(List<UUID> ids, String problem, OffsetDateTime nextAttempt) {
            ids.forEach(id -> {
                rows.get(id).attempts++;
                rows.get(id).next = nextAttempt;
                rows.get(id).error = problem;
            });
        }
    }

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void retriesWithBackoffAndMarksSentOnlyOn2xx() {
        failuresLeft.set(2);
        MemoryOutbox outbox = new MemoryOutbox();
        UUID id = UUID.randomUUID();
        outbox.add(Json.createObjectBuilder().add("id", id.toString()).build());
        MovableClock clock = new MovableClock();
        ForwardingTarget target = new ForwardingTarget("http://127.0.0.1:" + server.getAddress().getPort() + "/lrs/",
                "nokkel", "hemmelig");
        OutboxProcessor processor = new OutboxProcessor(outbox, new StatementSender(), clock);

        assertEquals(0, processor.runOnce(target), "first try: 503");
        MemoryOutbox.Row row = outbox.rows.get(id);
        assertNull(row.sent);
        assertTrue(row.error.contains("503"));
        assertEquals(OffsetDateTime.parse("2026-03-01T12:00:30Z"), row.next, "30 s after the first failure");

        assertEquals(0, processor.runOnce(target), "not due yet: nothing is sent");
        assertEquals(1, headers.size());

        clock.now = clock.now.plusSeconds(30);
        assertEquals(0, processor.runOnce(target), "second try: 503 again");
        assertEquals(OffsetDateTime.parse("2026-03-01T12:01:30Z"), row.next, "then 60 s: the backoff doubles");

        clock.now = clock.now.plusSeconds(60);
        assertEquals(1, processor.runOnce(target), "third try succeeds");
        assertNotNull(row.sent);
        assertEquals(3, row.attempts);

        clock.now = clock.now.plus(Duration.ofDays(1));
        assertEquals(0, processor.runOnce(target), "a sent statement is never sent again");
        assertEquals(1, received.size());
        assertTrue(received.get(0).contains(id.toString()), "the statement keeps its id");
        assertTrue(headers.get(0).startsWith("2.0.0 Basic "), "version header and HTTP Basic: " + headers.get(0));
    }

    @Test
    void backoffIsCapped() {
        assertEquals(Duration.ofSeconds(30), Backoff.after(1));
        assertEquals(Duration.ofMinutes(4), Backoff.after(4));
        assertEquals(Duration.ofHours(6), Backoff.after(50));
    }
}
