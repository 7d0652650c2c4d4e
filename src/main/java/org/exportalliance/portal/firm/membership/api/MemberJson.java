package org.exportalliance.portal.firm.membership.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.Membership;
import org.jspecify.annotations.Nullable;

/** A firm of the register as the API shows it to staff. */
record MemberJson(UUID id, String nameZh, String nameEn, FirmKind kind, String tier, String city,
        List<String> categories, @Nullable String creditCode, String contactName, String contactPhone,
        @Nullable String contactEmail, LocalDate joinedOn, Membership membership,
        @Nullable Instant membershipChangedAt, @Nullable String membershipReason, long version) {

    static MemberJson of(MemberFirm f) {
        return new MemberJson(f.id(), f.nameZh(), f.nameEn(), f.kind(), f.tier(), f.city(), f.categories(),
                f.creditCode(), f.contactName(), f.contactPhone(), f.contactEmail(), f.joinedOn(), f.membership(),
                f.membershipChangedAt(), f.membershipReason(), f.version());
    }
}
