package no.laeringsarena.webinar;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What participants must be told when an event is rewritten: that it is cancelled, or that its time or place
 * changed. A new title, description or capacity is no notice.
 */
public enum EventChange {
    CHANGED, CANCELLED;

    /** What participants see of an event, to compare before and after. */
    public record Snapshot(OffsetDateTime startsAt, OffsetDateTime endsAt, String venue, String address, String room,
                           EventStatus status) {

        public static Snapshot of(Event e) {
            return new Snapshot(e.getStartsAt(), e.getEndsAt(), e.getVenue(), e.getAddress(), e.getRoom(), e.getStatus());
        }
    }

    public static Optional<EventChange> between(Snapshot before, Snapshot after) {
        if (after.status() == EventStatus.CANCELLED) {
            return before.status() == EventStatus.CANCELLED ? Optional.empty() : Optional.of(CANCELLED);
        }
        boolean moved = !sameInstant(before.startsAt(), after.startsAt()) || !sameInstant(before.endsAt(), after.endsAt())
                || !Objects.equals(before.venue(), after.venue()) || !Objects.equals(before.address(), after.address())
                || !Objects.equals(before.room(), after.room());
        return moved ? Optional.of(CHANGED) : Optional.empty();
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }
}
