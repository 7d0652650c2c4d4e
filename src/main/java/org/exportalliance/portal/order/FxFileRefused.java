package org.exportalliance.portal.order;

import org.exportalliance.portal.platform.spreadsheet.SheetRefused;

/** An FX rate file that cannot be imported at all ({@link SheetRefused}; messages {@code fx.import.file.*}). */
public class FxFileRefused extends SheetRefused {

    public FxFileRefused(Reason reason) {
        super("fx.import.file", reason, FxRateFile.MAX_BYTES, FxRateFile.MAX_ROWS);
    }
}
