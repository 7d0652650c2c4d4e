package org.exportalliance.portal.platform.spreadsheet;

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
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded sheet into records of text cells, deciding by its content what it is: a zip (PK) is an .xlsx
 * workbook, whose first sheet is read; text is CSV (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK, as
 * Chinese Excel saves it; comma, semicolon or tab separated; RFC 4180 quoting). Formulas are never evaluated: an .xlsx
 * cell holding one, and a CSV cell starting with {@code =}, is marked. What the records mean (headers, limits, the
 * refusal a user sees) is the caller's.
 */
public final class SheetReader {

    /** The file's format, judged by its content. */
    public enum Format { CSV, XLSX }

    /** The file is not CSV or .xlsx ({@code WRONG_TYPE}), is {@code EMPTY}, or is damaged ({@code UNREADABLE}). */
    public static final class Unreadable extends RuntimeException {

        private final Reason reason;

        Unreadable(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        /** The reason for the caller's {@link SheetRefused}. */
        public Reason reason() {
            return reason;
        }
    }

    /**
     * The records in file order: each one's cells as text, the columns holding a formula, and its row number in the
     * file (1-based, as a spreadsheet shows it).
     */
    public record Records(Format format, List<List<String>> cells, List<Set<Integer>> formulas, List<Integer> numbers) {

        public Records {
            cells = List.copyOf(cells);
            formulas = List.copyOf(formulas);
            numbers = List.copyOf(numbers);
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SheetReader() {}

    /**
     * CPU and memory only; call it off the event loops. Reads until {@code maxNonBlank} non-blank records (so a
     * caller learns that a file has more than it takes without reading all of it), at most {@code maxColumns} cells
     * a record.
     */
    public static Records read(byte[] content, int maxNonBlank, int maxColumns) {
        if (content.length == 0) {
            throw new Unreadable(Reason.EMPTY);
        }
        List<List<String>> records;
        List<Set<Integer>> formulas = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (startsWith(content, 'P', 'K', 3, 4)) {
            records = xlsx(content, maxNonBlank, maxColumns, formulas, numbers);
            return new Records(Format.XLSX, records, formulas, numbers);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new Unreadable(Reason.WRONG_TYPE);    // an old .xls or another OLE2 document
        }
        records = CsvRecords.parse(text(content), maxNonBlank);
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
        return new Records(Format.CSV, records, formulas, numbers);
    }

    /** The text of a CSV file; anything that is not text (NUL or other control bytes) is the wrong type. */
    public static String text(byte[] content) {
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
                throw new Unreadable(Reason.WRONG_TYPE);
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F || c == '\uFFFD') {
                throw new Unreadable(Reason.WRONG_TYPE);
            }
        }
        if (text.isBlank()) {
            throw new Unreadable(Reason.EMPTY);
        }
        return text;
    }

    private static @Nullable String strict(byte[] content, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The first sheet's rows, cells as text; formula cells marked, never evaluated. Reads no more than needed. */
    private static List<List<String>> xlsx(byte[] content, int maxNonBlank, int maxColumns,
            List<Set<Integer>> formulas, List<Integer> numbers) {
        List<List<String>> records = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> stream = book.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            int nonBlank = 0;
            while (rows.hasNext() && nonBlank < maxNonBlank) {
                Row row = rows.next();
                List<String> cells = new ArrayList<>();
                Set<Integer> marked = new HashSet<>();
                int width = Math.min(row.getCellCount(), maxColumns);
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
            throw new Unreadable(Reason.WRONG_TYPE);
        } catch (RuntimeException e) {
            // fastexcel-reader reports a damaged or foreign zip in several ways; none is a bug of ours.
            throw new Unreadable(Reason.UNREADABLE);
        }
        return records;
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal n = cell.asNumber();
                yield n == null ? "" : n.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT);
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
