package org.exportalliance.portal.logistics.traveller;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a firm enters for a traveller, as typed (the rules normalise and check it). On an edit, an empty passport
 * number keeps the one stored.
 */
public record TravellerDraft(
        @Nullable String fullName,
        @Nullable String chineseName,
        @Nullable String nationality,
        @Nullable LocalDate dateOfBirth,
        @Nullable String passportNumber,
        @Nullable LocalDate passportExpiry,
        @Nullable String role) {

    /** Custom toString: the passport number never reaches a log line through this record. */
    @Override
    public String toString() {
        return "TravellerDraft[fullName=" + fullName + ", nationality=" + nationality + ", passportNumber="
                + (passportNumber == null ? null : PassportNumber.mask(passportNumber)) + "]";
    }
}
