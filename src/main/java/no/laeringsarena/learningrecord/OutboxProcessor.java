package no.laeringsarena.learningrecord;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One round of forwarding: takes the due entries, sends them as one batch, and marks them sent only when the
 * external LRS answered 2xx; otherwise schedules the next try with exponential backoff ({@link Backoff}).
 * Sent entries are never picked again, so nothing is sent twice after success.
 */
public class OutboxProcessor {

    static final int BATCH = 50;

    private final Outbox outbox;
    private final StatementSender sender;
    private final Clock clock;

    public OutboxProcessor(Outbox outbox, StatementSender sender, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /** Returns how many statements were sent in this round. */
    public int runOnce(ForwardingTarget target) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Outbox.Entry> due = outbox.due(now, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        JsonArrayBuilder batch = JSON.createArrayBuilder();
        due.forEach(e -> batch.add(e.statement()));
        List<UUID> ids = due.stream().map(Outbox.Entry::statementId).toList();
        StatementSender.Outcome outcome = sender.send(target, batch.build());
        if (outcome.sent()) {
            outbox.markSent(ids, now);
            return ids.size();
        }
        int failures = due.stream().mapToInt(Outbox.Entry::attempts).max().orElse(0) + 1;
        outbox.markFailed(ids, outcome.problem(), now.plus(Backoff.after(failures)));
        return 0;
    }
}
