package org.exportalliance.portal.audit;

import org.exportalliance.portal.platform.files.GeneratedFile;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;

/** The filtered trail as an .xlsx file. */
public record AuditExport(String fileName, byte[] content) implements GeneratedFile {

    @Override
    public String mediaType() {
        return Spreadsheet.MEDIA_TYPE;
    }
}
