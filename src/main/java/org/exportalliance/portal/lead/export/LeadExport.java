package org.exportalliance.portal.lead.export;

import org.exportalliance.portal.platform.files.GeneratedFile;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;

/** A finished lead export: its download name, its bytes, and how many leads it holds. */
public record LeadExport(String fileName, byte[] content, int rows) implements GeneratedFile {

    @Override
    public String mediaType() {
        return Spreadsheet.MEDIA_TYPE;
    }
}
