package org.exportalliance.portal.request.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.spreadsheet.CellText;
import org.exportalliance.portal.platform.spreadsheet.SheetReader;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Reads a calendar file ({@link SheetReader}: CSV or .xlsx judged by content, formulas never evaluated): one day a
 * row, as date, kind, Chinese name, English name. A first row naming those columns (日期, 类型, 中文名称, 英文名称, or
 * date, kind, name_zh, name_en) may order them otherwise; without one the columns are taken in that order. Dates as
 * 2026-10-01, 2026/10/1 or 2026年10月1日 or an Excel date; kinds as HOLIDAY or WORKDAY, or 放假 / 上班 (补班, 调休上班).
 * Every row is checked with {@link WorkingCalendarRules}, and a date given twice is a problem of its second row.
 */
public final class CalendarFileReader {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 1_000;
    private static final int MAX_COLUMNS = 20;
    private static final List<String> FIELDS = List.of("date", "kind", "nameZh", "nameEn");
    private static final Map<String, String> HEADERS = headers();
    private static final Map<String, DayKind> KINDS = kinds();

    private CalendarFileReader() {}

    /** Every data row with its problems; CPU and memory only, call it off the event loops. */
    public static List<CalendarRow> read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new CalendarFileRefused(Reason.TOO_LARGE);
        }
        SheetReader.Records records;
        try {
            records = SheetReader.read(content, MAX_ROWS + 2, MAX_COLUMNS);
        } catch (SheetReader.Unreadable e) {
            throw new CalendarFileRefused(e.reason());
        }
        List<List<String>> cells = records.cells();
        int first = 0;
        while (first < cells.size() && blank(cells.get(first), records.formulas().get(first))) {
            first++;
        }
        if (first == cells.size()) {
            throw new CalendarFileRefused(Reason.EMPTY);
        }
        Map<String, Integer> columns = columns(cells.get(first));
        if (columns.isEmpty()) {
            columns = Map.of("date", 0, "kind", 1, "nameZh", 2, "nameEn", 3);
        } else if (!columns.keySet().containsAll(FIELDS)) {
            throw new CalendarFileRefused(Reason.NO_HEADER);
        } else {
            first++;
        }
        List<CalendarRow> rows = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = first; i < cells.size(); i++) {
            if (blank(cells.get(i), records.formulas().get(i))) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new CalendarFileRefused(Reason.TOO_MANY_ROWS);
            }
            rows.add(row(records.numbers().get(i), cells.get(i), records.formulas().get(i), columns, seen));
        }
        if (rows.isEmpty()) {
            throw new CalendarFileRefused(Reason.NO_ROWS);
        }
        return rows;
    }

    private static CalendarRow row(int number, List<String> cells, Set<Integer> formulas, Map<String, Integer> columns,
            Map<LocalDate, Integer> seen) {
        List<CalendarRow.Problem> problems = new ArrayList<>();
        Map<String, @Nullable String> text = new HashMap<>();
        for (String field : FIELDS) {
            int index = columns.get(field);
            if (formulas.contains(index)) {
                problems.add(new CalendarRow.Problem(field, "calendar.import.formula", null));
            }
            String value = index < cells.size() ? cells.get(index).strip() : "";
            text.put(field, value.isEmpty() ? null : value);
        }
        LocalDate day = text.get("date") == null ? null : CellText.date(text.get("date"));
        DayKind kind = text.get("kind") == null ? null : KINDS.get(CellText.key(text.get("kind")));
        if (text.get("date") != null && day == null) {
            problems.add(new CalendarRow.Problem("date", "calendar.import.date.unreadable", null));
        }
        if (text.get("kind") != null && kind == null) {
            problems.add(new CalendarRow.Problem("kind", "calendar.import.kind.unknown", null));
        }
        CalendarDayDraft draft = new CalendarDayDraft(day, kind, text.get("nameZh"), text.get("nameEn")).normalised();
        for (FieldProblem p : WorkingCalendarRules.check(draft)) {
            if (problems.stream().noneMatch(known -> known.field().equals(p.field()))) {
                problems.add(new CalendarRow.Problem(p.field(), p.messageKey(), null));
            }
        }
        if (day != null) {
            Integer earlier = seen.putIfAbsent(day, number);
            if (earlier != null && problems.stream().noneMatch(known -> known.field().equals("date"))) {
                problems.add(new CalendarRow.Problem("date", "calendar.import.duplicate", earlier));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(p -> FIELDS.indexOf(p.field())));
        return new CalendarRow(number, draft, problems);
    }

    /** The fields a header row names, by column; empty when it names none (it is a row of data). */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = HEADERS.get(CellText.key(header.get(i)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return columns;
    }

    private static boolean blank(List<String> cells, Set<Integer> formulas) {
        return formulas.isEmpty() && cells.stream().allMatch(String::isBlank);
    }

    private static Map<String, String> headers() {
        Map<String, String> names = new HashMap<>();
        List.of("日期", "date", "day").forEach(n -> names.put(CellText.key(n), "date"));
        List.of("类型", "安排", "kind", "type").forEach(n -> names.put(CellText.key(n), "kind"));
        List.of("中文名称", "名称", "中文名", "节日", "name_zh", "namezh", "chinesename").forEach(n -> names.put(CellText.key(n),
                "nameZh"));
        List.of("英文名称", "英文名", "name_en", "nameen", "englishname").forEach(n -> names.put(CellText.key(n), "nameEn"));
        return Map.copyOf(names);
    }

    private static Map<String, DayKind> kinds() {
        Map<String, DayKind> words = new HashMap<>();
        List.of("HOLIDAY", "放假", "休", "假", "休息", "节假日", "假日", "off", "dayoff")
                .forEach(w -> words.put(CellText.key(w), DayKind.HOLIDAY));
        List.of("WORKDAY", "上班", "班", "补班", "调休上班", "work", "workingday", "makeupworkingday", "makeupday")
                .forEach(w -> words.put(CellText.key(w), DayKind.WORKDAY));
        return Map.copyOf(words);
    }
}
