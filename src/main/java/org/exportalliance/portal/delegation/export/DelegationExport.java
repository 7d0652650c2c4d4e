package org.exportalliance.portal.delegation.export;

import org.exportalliance.portal.platform.files.GeneratedFile;

/** A finished export: the file's name (for Content-Disposition) and its bytes. */
public record DelegationExport(String fileName, byte[] content) implements GeneratedFile {

    @Override
    public String mediaType() {
        return org.exportalliance.portal.platform.spreadsheet.Spreadsheet.MEDIA_TYPE;
    }
}
