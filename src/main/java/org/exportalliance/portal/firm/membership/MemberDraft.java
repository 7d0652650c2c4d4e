package org.exportalliance.portal.firm.membership;

import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.firm.FirmKind;
import org.jspecify.annotations.Nullable;

/** What staff type to enrol or edit a firm; checked by {@link MemberRules}. */
public record MemberDraft(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable FirmKind kind,
        @Nullable String tier,
        @Nullable String city,
        @Nullable List<@Nullable String> categories,
        @Nullable String creditCode,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable LocalDate joinedOn) {}
