package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seats first, then the waiting list in order; a freed seat goes to the first in line and the rest move up. */
class WaitingListTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 1, 5, 12, 0, 0, 0, ZoneOffset.UTC);

    private final List<Registration> active = new ArrayList<>();

    private Registration signUp(int capacity, boolean waitingList) {
        Registration r = new Registration(null, null, NOW);
        if (WaitingList.signUp(r, active, capacity, waitingList, NOW)) {
            active.add(r);
        }
        return r;
    }

    @Test
    void theFirstGetSeatsAndTheRestQueueInOrder() {
        List<Registration> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(signUp(2, true));
        }
        assertEquals(RegistrationStatus.REGISTERED, all.get(0).getStatus());
        assertEquals(RegistrationStatus.REGISTERED, all.get(1).getStatus());
        assertEquals(List.of(1, 2, 3), all.subList(2, 5).stream().map(Registration::getPosition).toList());
        assertTrue(all.subList(2, 5).stream().allMatch(r -> r.getStatus() == RegistrationStatus.WAITING));
    }

    @Test
    void cancellingASeatPromotesTheFirstInLineAndTheOthersMoveUp() {
        Registration seated = signUp(1, true);
        Registration first = signUp(1, true);
        Registration second = signUp(1, true);

        Optional<Registration> promoted = WaitingList.leave(seated, active, 1, NOW);
        active.remove(seated);

        assertSame(first, promoted.orElseThrow());
        assertEquals(RegistrationStatus.CANCELLED, seated.getStatus());
        assertEquals(RegistrationStatus.REGISTERED, first.getStatus());
        assertEquals(null, first.getPosition());
        assertEquals(1, second.getPosition());
    }

    @Test
    void leavingTheWaitingListPromotesNobodyButClosesTheGap() {
        signUp(1, true);
        Registration first = signUp(1, true);
        Registration second = signUp(1, true);
        Registration third = signUp(1, true);

        assertTrue(WaitingList.leave(second, active, 1, NOW).isEmpty());
        assertEquals(1, first.getPosition());
        assertEquals(2, third.getPosition());
        assertEquals(RegistrationStatus.WAITING, third.getStatus());
    }

    @Test
    void withoutAWaitingListAFullEventRefuses() {
        signUp(1, false);
        Registration refused = signUp(1, false);
        assertFalse(refused.isActive());
        assertEquals(1, active.size());
    }

    @Test
    void moreSeatsSeatTheFirstInLineAndTheRestMoveUp() {
        signUp(2, true);
        signUp(2, true);
        Registration first = signUp(2, true);
        Registration second = signUp(2, true);
        Registration third = signUp(2, true);

        List<Registration> promoted = WaitingList.fill(active, 4, NOW);

        assertEquals(List.of(first, second), promoted);
        assertEquals(RegistrationStatus.REGISTERED, second.getStatus());
        assertEquals(RegistrationStatus.WAITING, third.getStatus());
        assertEquals(1, third.getPosition());
    }

    @Test
    void theSameSeatsPromoteNobody() {
        signUp(1, true);
        Registration waiting = signUp(1, true);

        assertTrue(WaitingList.fill(active, 1, NOW).isEmpty());
        assertEquals(1, waiting.getPosition());
    }
}
