package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reordering modules and lessons: one step with the buttons, or to any place by dragging; positions follow. */
class PositionsTest {

    private final List<String> items = new ArrayList<>(List.of("a", "b", "c", "d"));
    private final Map<String, Integer> positions = new HashMap<>();

    @Test
    void draggingDownPutsTheItemAtThePlaceDroppedAndTheOthersCloseUp() {
        assertTrue(Positions.moveTo(items, "a", 2, positions::put));
        assertEquals(List.of("b", "c", "a", "d"), items);
        assertEquals(Map.of("b", 0, "c", 1, "a", 2, "d", 3), positions);
    }

    @Test
    void draggingUpToTheTop() {
        assertTrue(Positions.moveTo(items, "d", 0, positions::put));
        assertEquals(List.of("d", "a", "b", "c"), items);
    }

    @Test
    void aPlaceOutsideTheListOrAnUnknownItemMovesNothing() {
        assertFalse(Positions.moveTo(items, "a", 4, positions::put));
        assertFalse(Positions.moveTo(items, "a", -1, positions::put));
        assertFalse(Positions.moveTo(items, "x", 0, positions::put));
        assertEquals(List.of("a", "b", "c", "d"), items);
        assertTrue(positions.isEmpty());
    }

    @Test
    void theButtonsMoveOnePlace() {
        assertTrue(Positions.move(items, "c", -1, positions::put));
        assertEquals(List.of("a", "c", "b", "d"), items);
        assertFalse(Positions.move(items, "a", -1, positions::put), "already first");
    }
}
