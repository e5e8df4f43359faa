package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.laeringsarena.platform.web.ChartColumn;
import org.junit.jupiter.api.Test;

class ChartColumnTest {

    @Test
    void theLargestCountIsAFullColumnTheOthersTheirShare() {
        List<ChartColumn> columns = ChartColumn.of(List.of("u1", "u2", "u3"), List.of(40L, 10L, 0L));
        assertEquals(List.of(100, 25, 0), columns.stream().map(ChartColumn::percent).toList());
        assertEquals(10, columns.get(1).value(), "the count itself is kept for the label");
    }

    @Test
    void nothingAtAllIsFlatNotADivisionByZero() {
        assertEquals(List.of(0, 0), ChartColumn.of(List.of("u1", "u2"), List.of(0L, 0L)).stream()
                .map(ChartColumn::percent).toList());
    }
}
