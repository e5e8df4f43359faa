package no.laeringsarena.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sending round against an in-memory outbox (with the table's unique idempotency key) and a mail server that can
 * be down, refuse one address, or take everything.
 */
class MailProcessorTest {

    private static final Instant T0 = Instant.parse("2027-03-10T09:00:00Z");

    /** The outbox table's rules: one row per key, due when not sent and the next try has come. */
    static final class MemoryOutbox implements MailQueue {
        final Map<String, Row> rows = new LinkedHashMap<>();
        long nextId = 1;

        static final class Row {
            long id;
            OutgoingMail mail;
            int attempts;
            OffsetDateTime nextAttempt;
            OffsetDateTime sentAt;
            String lastError;
        }

        boolean enqueue(OutgoingMail mail, OffsetDateTime now) {
            if (rows.containsKey(mail.idempotencyKey())) {
                return false;
            }
            Row row = new Row();
            row.id = nextId++;
            row.mail = mail;
            row.nextAttempt = mail.notBefore() == null ? now : mail.notBefore();
            rows.put(mail.idempotencyKey(), row);
            return true;
        }

        Row row(String key) {
            return rows.get(key);
        }

        @Override
        public List<QueuedMail> due(OffsetDateTime now, int max) {
            return rows.values().stream().filter(r -> r.sentAt == null && !r.nextAttempt.isAfter(now)).limit(max)
                    .map(r -> new QueuedMail(r.id, r.mail.idempotencyKey(), r.mail, r.attempts)).toList();
        }

        private Row byId(long id) {
            return rows.values().stream().filter(r -> r.id == id).findFirst().orElseThrow();
        }

        @Override
        public void markSent(long id, OffsetDateTime at) {
            Row r = byId(id);
            r.sentAt = at;
            r.attempts++;
            r.lastError = null;
        }

        @Override
        public void markFailed(long id, String problem, OffsetDateTime nextAttempt) {
            Row r = byId(id);
            r.attempts++;
            r.nextAttempt = nextAttempt;
            r.lastError = problem;
        }
    }

    static final class FakeServer implements MailTransport {
        boolean down;
        String refuses;
        final List<String> delivered = new ArrayList<>();
        int tries;

        @Override
        public void send(QueuedMail mail) throws MailDeliveryException {
            tries++;
            if (down) {
                throw new MailDeliveryException("connection refused", true, null);
            }
            if (mail.mail().recipient().equals(refuses)) {
                throw new MailDeliveryException("550 no such user", false, null);
            }
            delivered.add(mail.idempotencyKey());
        }
    }

    private final MemoryOutbox outbox = new MemoryOutbox();
    private final FakeServer server = new FakeServer();

    private MailProcessor at(Instant now) {
        return new MailProcessor(outbox, server, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static OutgoingMail mail(String key, String to) {
        return OutgoingMail.text(key, to, "Emne " + key, "Tekst");
    }

    private static OffsetDateTime t(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    @Test
    void theSameKeyIsQueuedOnlyOnce() {
        assertTrue(outbox.enqueue(mail("webinar-confirmed:1:1", "a@kommune.no"), t(T0)));
        assertFalse(outbox.enqueue(mail("webinar-confirmed:1:1", "a@kommune.no"), t(T0)));
        assertEquals(1, at(T0).runOnce());
        assertEquals(List.of("webinar-confirmed:1:1"), server.delivered);
    }

    @Test
    void aSentMailIsNeverSentAgain() {
        outbox.enqueue(mail("k1", "a@kommune.no"), t(T0));
        outbox.enqueue(mail("k2", "b@kommune.no"), t(T0));
        assertEquals(2, at(T0).runOnce());
        assertEquals(0, at(T0.plusSeconds(5)).runOnce());
        assertEquals(0, at(T0.plus(Duration.ofDays(2))).runOnce());
        assertEquals(List.of("k1", "k2"), server.delivered);
        assertEquals(1, outbox.row("k1").attempts);
    }

    @Test
    void whileTheServerIsDownNothingIsLostAndAfterwardsEachMailGoesOutOnce() {
        outbox.enqueue(mail("k1", "a@kommune.no"), t(T0));
        outbox.enqueue(mail("k2", "b@kommune.no"), t(T0));
        server.down = true;
        assertEquals(0, at(T0).runOnce());
        assertEquals(1, server.tries, "the round stops at the first unreachable attempt");
        assertEquals(t(T0.plus(MailBackoff.FIRST)), outbox.row("k1").nextAttempt);
        assertEquals("connection refused", outbox.row("k1").lastError);
        assertEquals(0, outbox.row("k2").attempts, "the mail not tried is left as it was");

        assertEquals(0, at(T0.plusSeconds(5)).runOnce(), "k2 is tried, k1 waits for its backoff");
        assertEquals(1, outbox.row("k2").attempts);

        server.down = false;
        assertEquals(0, at(T0.plusSeconds(10)).runOnce(), "nothing due before the backoff ends");
        assertEquals(2, at(T0.plusSeconds(60)).runOnce());
        assertEquals(0, at(T0.plusSeconds(120)).runOnce());
        assertEquals(List.of("k1", "k2"), server.delivered);
        assertNull(outbox.row("k1").lastError);
    }

    @Test
    void aRefusedAddressDoesNotHoldBackTheOthers() {
        outbox.enqueue(mail("k1", "finnes-ikke@kommune.no"), t(T0));
        outbox.enqueue(mail("k2", "b@kommune.no"), t(T0));
        server.refuses = "finnes-ikke@kommune.no";
        assertEquals(1, at(T0).runOnce());
        assertEquals(List.of("k2"), server.delivered);
        assertEquals(1, outbox.row("k1").attempts);
        assertTrue(outbox.row("k1").lastError.contains("550"));
    }

    @Test
    void aMailWithNotBeforeWaitsUntilThen() {
        outbox.enqueue(mail("reminder", "a@kommune.no").notBefore(t(T0.plus(Duration.ofHours(23)))), t(T0));
        assertEquals(0, at(T0).runOnce());
        assertEquals(0, at(T0.plus(Duration.ofHours(22))).runOnce());
        assertEquals(1, at(T0.plus(Duration.ofHours(23))).runOnce());
    }

    @Test
    void backoffDoublesFromThirtySecondsUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), MailBackoff.after(1));
        assertEquals(Duration.ofSeconds(60), MailBackoff.after(2));
        assertEquals(Duration.ofSeconds(120), MailBackoff.after(3));
        assertEquals(Duration.ofMinutes(32), MailBackoff.after(7));
        assertEquals(Duration.ofHours(1), MailBackoff.after(8));
        assertEquals(Duration.ofHours(1), MailBackoff.after(1000));
    }

    @Test
    void aMailNeedsAKeyAndAnAddress() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OutgoingMail.text(" ", "a@kommune.no", "s", "t"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OutgoingMail.text("k", "ikke-en-adresse", "s", "t"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OutgoingMail.text("k".repeat(301), "a@kommune.no", "s", "t"));
    }
}
