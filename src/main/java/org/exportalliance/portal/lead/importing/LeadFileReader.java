package org.exportalliance.portal.lead.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.exportalliance.portal.lead.importing.ImportFileRefused.Reason;

/**
 * Reads an import file into a table, deciding by its content what it is: a zip (PK) is an .xlsx workbook, whose
 * first sheet is read; text is CSV (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK, as Chinese Excel
 * saves it; comma, semicolon or tab separated; RFC 4180 quoting). Formulas are never evaluated: an .xlsx cell holding
 * one, and a CSV cell starting with {@code =}, is marked and refused row by row.
 *
 * <p>Refuses ({@link ImportFileRefused}) a file over {@link #MAX_BYTES}, one that is neither, an empty one, one whose
 * first row names no known column, one with no data rows, and one with more than {@link #MAX_ROWS} data rows.
 */
public final class LeadFileReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** More columns than any lead sheet needs; a wider row is cut here. */
    static final int MAX_COLUMNS = 200;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private LeadFileReader() {}

    /** CPU and memory only; call it off the event loops (it parses up to 10 MB). */
    public static ImportTable read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ImportFileRefused(Reason.TOO_LARGE);
        }
        if (content.length == 0) {
            throw new ImportFileRefused(Reason.EMPTY);
        }
        List<List<String>> records;
        List<Set<Integer>> formulas = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        ImportFormat format;
        if (startsWith(content, 'P', 'K', 3, 4)) {
            format = ImportFormat.XLSX;
            records = xlsx(content, formulas, numbers);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileRefused(Reason.WRONG_TYPE);    // an old .xls or another OLE2 document
        } else {
            format = ImportFormat.CSV;
            records = CsvRecords.parse(text(content), MAX_ROWS + 2);
            for (int i = 0; i < records.size(); i++) {
                numbers.add(i + 1);
                Set<Integer> marked = new HashSet<>();
                List<String> record = records.get(i);
                for (int c = 0; c < record.size(); c++) {
                    if (record.get(c).stripLeading().startsWith("=")) {
                        marked.add(c);
                    }
                }
                formulas.add(marked);
            }
        }
        return table(format, records, formulas, numbers);
    }

    private static ImportTable table(ImportFormat format, List<List<String>> records, List<Set<Integer>> formulas,
            List<Integer> numbers) {
        int header = 0;
        while (header < records.size() && records.get(header).stream().allMatch(String::isBlank)
                && formulas.get(header).isEmpty()) {
            header++;
        }
        if (header == records.size()) {
            throw new ImportFileRefused(Reason.EMPTY);
        }
        List<String> headers = records.get(header).stream().map(String::strip).toList();
        if (headers.stream().noneMatch(h -> LeadColumn.ofHeader(h).isPresent())) {
            throw new ImportFileRefused(Reason.NO_HEADER);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = header + 1; i < records.size(); i++) {
            ImportRow row = new ImportRow(numbers.get(i), records.get(i), formulas.get(i));
            if (!row.isBlank()) {
                if (rows.size() == MAX_ROWS) {
                    throw new ImportFileRefused(Reason.TOO_MANY_ROWS);
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFileRefused(Reason.NO_ROWS);
        }
        return new ImportTable(format, headers, rows);
    }

    /** The text of a CSV file; anything that is not text (NUL or other control bytes) is the wrong type. */
    static String text(byte[] content) {
        String text;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(content, 0xFF, 0xFE)) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(content, 0xFE, 0xFF)) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = strict(content, StandardCharsets.UTF_8);
            if (text == null) {
                text = strict(content, GB18030);
            }
            if (text == null) {
                throw new ImportFileRefused(Reason.WRONG_TYPE);
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F || c == '\uFFFD') {
                throw new ImportFileRefused(Reason.WRONG_TYPE);
            }
        }
        if (text.isBlank()) {
            throw new ImportFileRefused(Reason.EMPTY);
        }
        return text;
    }

    private static @org.jspecify.annotations.Nullable String strict(byte[] content, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The first sheet's rows, cells as text; formula cells marked, never evaluated. Reads no more than needed. */
    private static List<List<String>> xlsx(byte[] content, List<Set<Integer>> formulas, List<Integer> numbers) {
        List<List<String>> records = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> stream = book.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            int nonBlank = 0;
            while (rows.hasNext() && nonBlank <= MAX_ROWS + 1) {
                Row row = rows.next();
                List<String> cells = new ArrayList<>();
                Set<Integer> marked = new HashSet<>();
                int width = Math.min(row.getCellCount(), MAX_COLUMNS);
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && (cell.getType() == CellType.FORMULA || cell.getFormula() != null)) {
                        marked.add(c);
                        cells.add("");
                    } else {
                        cells.add(cell == null ? "" : text(cell));
                    }
                }
                if (!marked.isEmpty() || cells.stream().anyMatch(s -> !s.isBlank())) {
                    nonBlank++;
                }
                records.add(cells);
                formulas.add(marked);
                numbers.add(row.getRowNum());
            }
        } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw new ImportFileRefused(Reason.WRONG_TYPE);
        } catch (RuntimeException e) {
            // fastexcel-reader reports a damaged or foreign zip in several ways; none is a bug of ours.
            throw new ImportFileRefused(Reason.UNREADABLE);
        }
        return records;
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal n = cell.asNumber();
                yield n == null ? "" : n.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.asBoolean()).toUpperCase(java.util.Locale.ROOT);
            case EMPTY -> "";
            default -> {
                String s = cell.getText();
                yield s == null ? "" : s;
            }
        };
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
