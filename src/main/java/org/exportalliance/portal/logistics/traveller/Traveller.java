package org.exportalliance.portal.logistics.traveller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person a firm sends with its approved application. The passport number is only here masked
 * ({@code E1*****78}); the number itself is revealed on its own, to those allowed, and audited.
 *
 * @param passportExpiryWarning the passport expires less than six months after the fair ends ({@link PassportValidity})
 */
public record Traveller(
        UUID id,
        UUID delegationId,
        UUID applicationId,
        UUID firmId,
        String fullName,
        @Nullable String chineseName,
        String nationality,
        LocalDate dateOfBirth,
        String passportNumberMasked,
        LocalDate passportExpiry,
        boolean passportExpiryWarning,
        String role,
        VisaStatus visaStatus,
        Instant visaStatusChangedAt,
        long version) {

    /** The name to show: the Chinese name first where there is one and the reader reads Chinese. */
    public String displayName(Locale locale) {
        return chineseName != null && "zh".equals(locale.getLanguage()) ? chineseName + "（" + fullName + "）"
                : chineseName != null ? fullName + " (" + chineseName + ")" : fullName;
    }
}
