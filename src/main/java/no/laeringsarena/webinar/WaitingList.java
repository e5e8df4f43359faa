package no.laeringsarena.webinar;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The seating rules, without a database: a new sign-up gets a seat while there is one, else the next place on the
 * waiting list (when the event has one); when someone leaves, the first in line gets the freed seat and everyone
 * behind moves up, so positions stay 1..n. Callers hold the event's row lock.
 */
public final class WaitingList {

    private WaitingList() {
    }

    /** Seats or queues {@code newcomer} given the other active registrations; false when it is full without a list. */
    public static boolean signUp(Registration newcomer, List<Registration> active, int capacity, boolean hasWaitingList,
                                 OffsetDateTime now) {
        long seated = active.stream().filter(r -> r != newcomer && r.getStatus() == RegistrationStatus.REGISTERED).count();
        if (seated < capacity) {
            newcomer.seat(now);
            return true;
        }
        if (!hasWaitingList) {
            return false;
        }
        int last = active.stream().filter(r -> r != newcomer && r.getStatus() == RegistrationStatus.WAITING)
                .mapToInt(Registration::getPosition).max().orElse(0);
        newcomer.waitAt(last + 1, now);
        return true;
    }

    /**
     * Cancels {@code leaving}; if it freed a seat and there is room, the first in line is seated.
     *
     * @return the promoted registration, if any
     */
    public static Optional<Registration> leave(Registration leaving, List<Registration> active, int capacity,
                                               OffsetDateTime now) {
        leaving.cancel(now);
        List<Registration> waiting = active.stream()
                .filter(r -> r != leaving && r.getStatus() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparingInt(Registration::getPosition)).toList();
        long seated = active.stream().filter(r -> r != leaving && r.getStatus() == RegistrationStatus.REGISTERED).count();
        Registration promoted = null;
        int place = 1;
        for (Registration r : waiting) {
            if (promoted == null && seated < capacity) {
                r.seat(now);
                promoted = r;
            } else {
                r.moveUpTo(place++);
            }
        }
        return Optional.ofNullable(promoted);
    }

    /**
     * Seats people from the waiting list, first in line first, while there are free seats (after the event got
     * more seats); the rest move up the list.
     *
     * @return the promoted registrations, in order
     */
    public static List<Registration> fill(List<Registration> active, int capacity, OffsetDateTime now) {
        List<Registration> waiting = active.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparingInt(Registration::getPosition)).toList();
        long seated = active.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count();
        List<Registration> promoted = new java.util.ArrayList<>();
        int place = 1;
        for (Registration r : waiting) {
            if (seated < capacity) {
                r.seat(now);
                promoted.add(r);
                seated++;
            } else {
                r.moveUpTo(place++);
            }
        }
        return promoted;
    }
}
