package org.exportalliance.portal.firm.membership.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.platform.spreadsheet.SheetReader.Records;
import org.exportalliance.portal.platform.spreadsheet.SheetReader;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;

/**
 * Reads a member list ({@link SheetReader}: CSV or .xlsx judged by content, formulas marked and never evaluated), its
 * header row being the first non-blank one. Refuses ({@link MemberFileRefused}) a file over {@link #MAX_BYTES}, one
 * that is neither, an empty one, one whose header row names no known column, one without data rows, and one with
 * more than {@link #MAX_ROWS} of them.
 */
public final class MemberFileReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 2_000;
    /** More columns than a member list needs; a wider row is cut here. */
    static final int MAX_COLUMNS = 100;

    private MemberFileReader() {}

    /** CPU and memory only; call it off the event loops. */
    public static MemberSheet read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new MemberFileRefused(Reason.TOO_LARGE);
        }
        Records records;
        try {
            records = SheetReader.read(content, MAX_ROWS + 2, MAX_COLUMNS);
        } catch (SheetReader.Unreadable e) {
            throw new MemberFileRefused(e.reason());
        }
        List<List<String>> cells = records.cells();
        int header = 0;
        while (header < cells.size() && cells.get(header).stream().allMatch(String::isBlank)
                && records.formulas().get(header).isEmpty()) {
            header++;
        }
        if (header == cells.size()) {
            throw new MemberFileRefused(Reason.EMPTY);
        }
        List<String> headers = cells.get(header).stream().map(String::strip).toList();
        Map<MemberColumn, Integer> columns = new EnumMap<>(MemberColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            MemberColumn.ofHeader(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        if (columns.isEmpty()) {
            throw new MemberFileRefused(Reason.NO_HEADER);
        }
        List<MemberSheet.Row> rows = new ArrayList<>();
        for (int i = header + 1; i < cells.size(); i++) {
            Set<Integer> formulas = records.formulas().get(i);
            if (cells.get(i).stream().allMatch(String::isBlank) && formulas.isEmpty()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new MemberFileRefused(Reason.TOO_MANY_ROWS);
            }
            rows.add(new MemberSheet.Row(records.numbers().get(i), cells.get(i), formulas));
        }
        if (rows.isEmpty()) {
            throw new MemberFileRefused(Reason.NO_ROWS);
        }
        return new MemberSheet(headers, columns, rows);
    }
}
