package no.laeringsarena.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final List<Integer> FIFTY = IntStream.rangeClosed(1, 50).boxed().toList();

    @Test
    void aPageShowsOnlyItsOwnItems() {
        Paging second = Paging.of("2", 24, FIFTY.size());
        assertEquals(IntStream.rangeClosed(25, 48).boxed().toList(), second.slice(FIFTY));
        assertEquals(3, second.pageCount());
        assertTrue(second.hasPrevious());
        assertTrue(second.hasNext());
    }

    @Test
    void theLastPageHoldsTheRest() {
        Paging last = Paging.of("3", 24, FIFTY.size());
        assertEquals(List.of(49, 50), last.slice(FIFTY));
        assertFalse(last.hasNext());
    }

    @Test
    void aMissingOrWrongPageNumberShowsTheNearestPage() {
        assertEquals(1, Paging.of(null, 24, 50).page());
        assertEquals(1, Paging.of("tre", 24, 50).page());
        assertEquals(1, Paging.of("-2", 24, 50).page());
        assertEquals(3, Paging.of("999", 24, 50).page());
        assertEquals(1, Paging.of("99999999999", 24, 50).page(), "too long a number is not a page number");
    }

    @Test
    void anEmptyListHasOnePageWithNothingOnIt() {
        Paging empty = Paging.of("1", 24, 0);
        assertEquals(1, empty.pageCount());
        assertEquals(List.of(), empty.slice(List.of()));
        assertFalse(empty.hasPrevious());
        assertFalse(empty.hasNext());
    }
}
