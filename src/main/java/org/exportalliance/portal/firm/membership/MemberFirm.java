package org.exportalliance.portal.firm.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.firm.FirmKind;
import org.jspecify.annotations.Nullable;

/** A firm as staff keep it in the member register. */
public record MemberFirm(
        UUID id,
        String nameZh,
        String nameEn,
        FirmKind kind,
        String tier,
        String city,
        List<String> categories,
        @Nullable String creditCode,
        String contactName,
        String contactPhone,
        @Nullable String contactEmail,
        LocalDate joinedOn,
        Membership membership,
        @Nullable Instant membershipChangedAt,
        @Nullable String membershipReason,
        long version) {

    public MemberFirm {
        categories = List.copyOf(categories);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
