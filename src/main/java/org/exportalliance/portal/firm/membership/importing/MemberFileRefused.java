package org.exportalliance.portal.firm.membership.importing;

import org.exportalliance.portal.platform.spreadsheet.SheetRefused;

/** A member list that cannot be imported at all ({@link SheetRefused}; messages {@code members.import.file.*}). */
public class MemberFileRefused extends SheetRefused {

    public MemberFileRefused(Reason reason) {
        super("members.import.file", reason, MemberFileReader.MAX_BYTES, MemberFileReader.MAX_ROWS);
    }
}
