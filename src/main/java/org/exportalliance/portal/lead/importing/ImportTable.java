package org.exportalliance.portal.lead.importing;

import java.util.List;

/** A file read for import: its format, the header row's names, and the non-blank data rows in file order. */
public record ImportTable(ImportFormat format, List<String> headers, List<ImportRow> rows) {

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
