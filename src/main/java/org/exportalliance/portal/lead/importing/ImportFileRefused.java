package org.exportalliance.portal.lead.importing;

import org.exportalliance.portal.platform.spreadsheet.SheetRefused;

/** A lead import file that cannot be imported at all ({@link SheetRefused}; messages {@code lead.import.file.*}). */
public class ImportFileRefused extends SheetRefused {

    public ImportFileRefused(Reason reason) {
        super("lead.import.file", reason, LeadFileReader.MAX_BYTES, LeadFileReader.MAX_ROWS);
    }
}
