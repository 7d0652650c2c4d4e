package org.exportalliance.portal.delegation.export;

/** A finished export: the file's name (for Content-Disposition) and its bytes. */
public record DelegationExport(String fileName, byte[] content) {

    public String mediaType() {
        return org.exportalliance.portal.platform.spreadsheet.Spreadsheet.MEDIA_TYPE;
    }
}
