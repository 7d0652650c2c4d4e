package org.exportalliance.portal.firm.membership.api;

import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.membership.MemberDraft;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /v1/firms} and {@code PUT /v1/firms/{id}}. */
record FirmRequest(@Nullable String nameZh, @Nullable String nameEn, @Nullable FirmKind kind, @Nullable String tier,
        @Nullable String city, @Nullable List<@Nullable String> categories, @Nullable String creditCode,
        @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
        @Nullable LocalDate joinedOn) {

    MemberDraft toDraft() {
        return new MemberDraft(nameZh, nameEn, kind, tier, city, categories, creditCode, contactName, contactPhone,
                contactEmail, joinedOn);
    }
}
