package org.exportalliance.portal.delegation.travel;

/** A rendered visa invitation letter: its file name and the PDF. */
public record InvitationLetter(String fileName, byte[] pdf) {

    public static final String CONTENT_TYPE = "application/pdf";
}
