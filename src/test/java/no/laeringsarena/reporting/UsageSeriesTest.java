package no.laeringsarena.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageSeriesTest {

    // a Wednesday in week 48
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void consecutiveWeeksEndingWithTheCurrentOneOldestFirst() {
        List<UsageWeek> weeks = UsageSeries.of(TODAY, 4, Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 23)), weeks.stream().map(UsageWeek::monday).toList());
        assertEquals(List.of(45, 46, 47, 48), weeks.stream().map(UsageWeek::weekNumber).toList());
    }

    @Test
    void aQuietWeekIsThereWithZeroes() {
        LocalDate lastWeek = LocalDate.of(2026, 11, 16);
        LocalDate thisWeek = LocalDate.of(2026, 11, 23);
        List<UsageWeek> weeks = UsageSeries.of(TODAY, 3, Map.of(thisWeek, 5L), Map.of(thisWeek, 2L),
                Map.of(lastWeek, 40L), Map.of(thisWeek, 1L, LocalDate.of(2020, 1, 6), 99L));
        assertEquals(new UsageWeek(LocalDate.of(2026, 11, 9), 0, 0, 0, 0), weeks.get(0));
        assertEquals(new UsageWeek(lastWeek, 0, 0, 40, 0), weeks.get(1));
        assertEquals(new UsageWeek(thisWeek, 5, 2, 0, 1), weeks.get(2), "a week outside the period is left out");
    }

    @Test
    void aYearEndWeekHasItsIsoNumber() {
        assertEquals(53, new UsageWeek(LocalDate.of(2026, 12, 28), 0, 0, 0, 0).weekNumber());
        assertEquals(1, new UsageWeek(LocalDate.of(2027, 1, 4), 0, 0, 0, 0).weekNumber());
    }

    @Test
    void onlyTheOfferedPeriods() {
        assertEquals(26, UsageSeries.period(26));
        assertEquals(12, UsageSeries.period(null));
        assertEquals(12, UsageSeries.period(10_000), "no year-long scans for any number asked");
    }
}
