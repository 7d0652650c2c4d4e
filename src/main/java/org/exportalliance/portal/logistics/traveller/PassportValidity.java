package org.exportalliance.portal.logistics.traveller;

import java.time.LocalDate;

/**
 * Most countries want a passport valid for six months beyond the stay. A passport is flagged when it expires before
 * the day six months after the fair's last day; expiring on that day or later is fine.
 */
public final class PassportValidity {

    public static final int MONTHS_AFTER_FAIR = 6;

    private PassportValidity() {}

    public static boolean flagged(LocalDate passportExpiry, LocalDate fairEnd) {
        return passportExpiry.isBefore(fairEnd.plusMonths(MONTHS_AFTER_FAIR));
    }
}
