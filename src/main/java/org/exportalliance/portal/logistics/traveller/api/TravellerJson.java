package org.exportalliance.portal.logistics.traveller.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.exportalliance.portal.logistics.traveller.Traveller;
import org.exportalliance.portal.logistics.traveller.VisaStatus;
import org.jspecify.annotations.Nullable;

/**
 * A traveller as the API shows it: the passport number masked, and in full ({@code passportNumber}) only in the
 * answer to {@code GET /v1/travellers/{id}}.
 */
record TravellerJson(UUID id, UUID delegationId, UUID firmId, String fullName, @Nullable String chineseName,
        String nationality, LocalDate dateOfBirth, String passportNumberMasked,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String passportNumber, LocalDate passportExpiry,
        boolean passportExpiryWarning, String role, VisaStatus visaStatus, Instant visaStatusChangedAt,
        long version) {

    static TravellerJson of(Traveller t, @Nullable String passportNumber) {
        return new TravellerJson(t.id(), t.delegationId(), t.firmId(), t.fullName(), t.chineseName(), t.nationality(),
                t.dateOfBirth(), t.passportNumberMasked(), passportNumber, t.passportExpiry(),
                t.passportExpiryWarning(), t.role(), t.visaStatus(), t.visaStatusChangedAt(), t.version());
    }

    static TravellerJson masked(Traveller t) {
        return of(t, null);
    }
}
