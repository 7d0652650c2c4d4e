package org.exportalliance.portal.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.spreadsheet.SheetReader.Records;
import org.exportalliance.portal.platform.spreadsheet.SheetReader;
import org.jspecify.annotations.Nullable;

/**
 * An FX rate file as staff upload it (CSV or .xlsx, {@link SheetReader}): a header row naming the date, currency and
 * rate columns in either language (日期 / date, 币种 / currency, 汇率 / rate or CNY), then one rate a row: the CNY
 * one unit of the currency was worth that day. Dates as 2026-11-27, 2026/11/27 or an Excel date cell.
 */
final class FxRateFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("日期", "date"), Map.entry("date", "date"), Map.entry("rate date", "date"),
            Map.entry("币种", "currency"), Map.entry("货币", "currency"), Map.entry("currency", "currency"),
            Map.entry("汇率", "cny"), Map.entry("rate", "cny"), Map.entry("cny", "cny"),
            Map.entry("人民币", "cny"), Map.entry("cny per unit", "cny"));
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    /** Day 0 of Excel's date serial numbers (1900 system, with its leap-year bug folded in). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** The rates read, and the problems of the rows that could not be, by row number in the file. */
    record Parsed(List<FxRate> rates, List<FieldProblem> problems) {}

    private FxRateFile() {}

    /** CPU only; call it off the event loops. */
    static Parsed parse(byte[] content, LocalDate today) {
        if (content.length > MAX_BYTES) {
            throw new FxFileRefused(FxFileRefused.Reason.TOO_LARGE);
        }
        Records records;
        try {
            records = SheetReader.read(content, MAX_ROWS + 2, 20);
        } catch (SheetReader.Unreadable e) {
            throw new FxFileRefused(e.reason());
        }
        List<List<String>> cells = records.cells();
        int header = 0;
        while (header < cells.size() && cells.get(header).stream().allMatch(String::isBlank)) {
            header++;
        }
        Map<String, Integer> columns = columns(header < cells.size() ? cells.get(header) : List.of());
        if (columns.size() < 3) {
            throw new FxFileRefused(FxFileRefused.Reason.NO_HEADER);
        }
        List<FxRate> rates = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (int i = header + 1; i < cells.size(); i++) {
            List<String> row = cells.get(i);
            if (row.stream().allMatch(String::isBlank) && records.formulas().get(i).isEmpty()) {
                continue;
            }
            if (++rows > MAX_ROWS) {
                throw new FxFileRefused(FxFileRefused.Reason.TOO_MANY_ROWS);
            }
            String at = "rows[" + records.numbers().get(i) + "].";
            if (!records.formulas().get(i).isEmpty()) {
                problems.add(new FieldProblem(at + "row", "lead.import.formula"));
                continue;
            }
            LocalDate date = date(cell(row, columns.get("date")));
            String currency = cell(row, columns.get("currency")).toUpperCase(Locale.ROOT);
            BigDecimal cny = number(cell(row, columns.get("cny")));
            List<FieldProblem> rowProblems = new ArrayList<>();
            if (date == null) {
                rowProblems.add(new FieldProblem(at + "date", "fx.validation.date"));
            }
            if (cny == null) {
                rowProblems.add(new FieldProblem(at + "cny", "fx.validation.rate"));
            }
            // What could not be read is checked as a valid stand-in, so that every other problem is still named.
            FxRate rate = new FxRate(date == null ? today : date, currency, cny == null ? BigDecimal.ONE : cny);
            FxRates.problems(rate, today).forEach(p -> rowProblems.add(new FieldProblem(at + p.field(),
                    p.messageKey())));
            if (rowProblems.isEmpty()) {
                if (seen.add(currency + "@" + date)) {
                    rates.add(rate);
                } else {
                    rowProblems.add(new FieldProblem(at + "date", "fx.import.duplicate"));
                }
            }
            problems.addAll(rowProblems);
        }
        if (rows == 0) {
            throw new FxFileRefused(FxFileRefused.Reason.NO_ROWS);
        }
        return new Parsed(rates, problems);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = HEADERS.get(header.get(c).strip().toLowerCase(Locale.ROOT));
            if (name != null) {
                columns.putIfAbsent(name, c);
            }
        }
        return columns;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    private static @Nullable LocalDate date(String text) {
        try {
            if (text.matches("\\d{5}(\\.0+)?")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
            }
            return text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal number(String text) {
        try {
            return text.isEmpty() ? null : new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
