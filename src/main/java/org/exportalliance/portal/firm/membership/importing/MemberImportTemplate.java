package org.exportalliance.portal.firm.membership.importing;

import org.exportalliance.portal.platform.files.GeneratedFile;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;

/** The empty member list to fill in: an .xlsx workbook headed in the reader's language. */
public record MemberImportTemplate(String fileName, byte[] content) implements GeneratedFile {

    @Override
    public String mediaType() {
        return Spreadsheet.MEDIA_TYPE;
    }
}
