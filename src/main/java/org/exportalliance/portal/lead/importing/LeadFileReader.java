package org.exportalliance.portal.lead.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.platform.spreadsheet.SheetReader.Records;
import org.exportalliance.portal.platform.spreadsheet.SheetReader;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;

/**
 * Reads a lead import file into a table ({@link SheetReader}: CSV or .xlsx judged by content, formulas marked and
 * refused row by row, never evaluated), its header row being the first non-blank one.
 *
 * <p>Refuses ({@link ImportFileRefused}) a file over {@link #MAX_BYTES}, one that is neither, an empty one, one whose
 * first row names no known column, one with no data rows, and one with more than {@link #MAX_ROWS} data rows.
 */
public final class LeadFileReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** More columns than any lead sheet needs; a wider row is cut here. */
    static final int MAX_COLUMNS = 200;

    private LeadFileReader() {}

    /** CPU and memory only; call it off the event loops (it parses up to 10 MB). */
    public static ImportTable read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ImportFileRefused(Reason.TOO_LARGE);
        }
        try {
            Records records = SheetReader.read(content, MAX_ROWS + 2, MAX_COLUMNS);
            return table(records.format() == SheetReader.Format.XLSX ? ImportFormat.XLSX : ImportFormat.CSV,
                    records.cells(), records.formulas(), records.numbers());
        } catch (SheetReader.Unreadable e) {
            throw new ImportFileRefused(e.reason());
        }
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
}
