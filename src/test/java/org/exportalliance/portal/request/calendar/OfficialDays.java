package org.exportalliance.portal.request.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The State Council's schedules for 2025 and 2026 (国务院办公厅 notices of 2024-11-12 and 2025-11-04), written out
 * here independently of the migration, so the tests check the seed against them as well as the arithmetic.
 */
final class OfficialDays {

    private OfficialDays() {}

    static Map<LocalDate, DayKind> of2025And2026() {
        TreeMap<LocalDate, DayKind> days = new TreeMap<>();
        off(days, "2025-01-01", "2025-01-01");
        off(days, "2025-01-28", "2025-02-04");
        off(days, "2025-04-04", "2025-04-06");
        off(days, "2025-05-01", "2025-05-05");
        off(days, "2025-05-31", "2025-06-02");
        off(days, "2025-10-01", "2025-10-08");
        work(days, "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        off(days, "2026-01-01", "2026-01-03");
        off(days, "2026-02-15", "2026-02-23");
        off(days, "2026-04-04", "2026-04-06");
        off(days, "2026-05-01", "2026-05-05");
        off(days, "2026-06-19", "2026-06-21");
        off(days, "2026-09-25", "2026-09-27");
        off(days, "2026-10-01", "2026-10-07");
        work(days, "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        return days;
    }

    static WorkingCalendar calendar() {
        return WorkingCalendar.of(of2025And2026());
    }

    private static void off(Map<LocalDate, DayKind> days, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.put(d, DayKind.HOLIDAY);
        }
    }

    private static void work(Map<LocalDate, DayKind> days, String... dates) {
        for (String d : dates) {
            days.put(LocalDate.parse(d), DayKind.WORKDAY);
        }
    }
}
