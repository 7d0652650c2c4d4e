package org.exportalliance.portal.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A workbook of plain tables, each a sheet with a bold, frozen header row. Cells keep their type: numbers stay numbers
 * (amounts with two decimals), dates stay dates, so the file sums and sorts in Excel and WPS as it should.
 */
public record Spreadsheet(List<Table> tables) {

    /** The media type of an .xlsx file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel refuses sheet names longer than 31 characters or containing any of these. */
    private static final String FORBIDDEN_IN_NAMES = "[]:*?/\\";

    /**
     * One sheet: its name, the column headers, and rows of String, Number, Boolean, LocalDate, LocalDateTime or null
     * cells.
     */
    public record Table(String name, List<String> header, List<List<@Nullable Object>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }

        /** A row, for building tables: {@code Table.row("天姥纺机", 18, new BigDecimal("9000.00"))}. */
        public static List<@Nullable Object> row(@Nullable Object... cells) {
            return Arrays.asList(cells);
        }
    }

    public Spreadsheet {
        tables = List.copyOf(tables);
    }

    public static Spreadsheet of(Table... tables) {
        return new Spreadsheet(List.of(tables));
    }

    /** Writes the workbook; CPU work only, no I/O beyond the returned bytes. */
    public byte[] toXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Export Alliance Portal", "1.0");
            Set<String> used = new HashSet<>();
            for (Table table : tables) {
                write(table, workbook.newWorksheet(sheetName(table.name(), used)));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Table table, Worksheet sheet) {
        for (int c = 0; c < table.header().size(); c++) {
            sheet.value(0, c, table.header().get(c));
            sheet.style(0, c).bold().fillColor("E8EEF7").set();
            // Excel shows ##### in a date-time column too narrow for its format.
            boolean times = !table.rows().isEmpty() && c < table.rows().getFirst().size()
                    && table.rows().getFirst().get(c) instanceof LocalDateTime;
            sheet.width(c, Math.max(times ? 20 : 10, Math.min(48, table.header().get(c).length() * 2.2 + 4)));
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<@Nullable Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r + 1, c, row.get(c));
            }
        }
    }

    private static void cell(Worksheet sheet, int r, int c, @Nullable Object value) {
        switch (value) {
            case null -> { }
            case BigDecimal amount -> {
                sheet.value(r, c, amount);
                sheet.style(r, c).format(amount.scale() > 0 ? "#,##0.00" : "#,##0").set();
            }
            case Number n -> sheet.value(r, c, n);
            case Boolean b -> sheet.value(r, c, b);
            case LocalDate date -> {
                sheet.value(r, c, date);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case LocalDateTime time -> {
                sheet.value(r, c, time);
                sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            }
            default -> sheet.value(r, c, value.toString());
        }
    }

    /** A name Excel accepts, unique within the workbook. */
    static String sheetName(String wanted, Set<String> used) {
        StringBuilder clean = new StringBuilder();
        wanted.codePoints().forEach(cp -> clean.appendCodePoint(FORBIDDEN_IN_NAMES.indexOf(cp) >= 0 ? '_' : cp));
        String base = clean.toString().isBlank() ? "Sheet" : clean.toString();
        String name = truncate(base, 31);
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = truncate(base, 31 - suffix.length()) + suffix;
        }
        return name;
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
