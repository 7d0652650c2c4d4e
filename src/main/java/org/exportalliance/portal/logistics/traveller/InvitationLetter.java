package org.exportalliance.portal.logistics.traveller;

import org.exportalliance.portal.platform.files.GeneratedFile;

/** A rendered visa invitation letter: its file name and the PDF. */
public record InvitationLetter(String fileName, byte[] pdf) implements GeneratedFile {

    public static final String CONTENT_TYPE = "application/pdf";

    @Override
    public String mediaType() {
        return CONTENT_TYPE;
    }

    @Override
    public byte[] content() {
        return pdf;
    }
}
