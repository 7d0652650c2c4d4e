package org.exportalliance.portal.lead.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadRow;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A lead as the API shows it, without contacts ({@code GET /v1/leads/{id}/contacts} reveals them, audited). Holds on
 * its buyer appear as signals: category, until, and whether they are the caller's own firm's; never whose.
 */
record LeadJson(UUID id, UUID ownerFirmId, String companyName, String country, String city,
        @Nullable String webDomain, List<String> categories, @Nullable BigDecimal estimatedValue,
        @Nullable String currency, LeadSource source, @Nullable UUID fairId, String notes, Visibility visibility,
        Set<UUID> shareFirms, Set<String> shareCategories, List<Signal> signals, OffsetDateTime createdAt,
        long version) {

    record Signal(String category, LocalDate until, boolean ours) {}

    static LeadJson of(LeadRow row, ZoneId zone) {
        Lead l = row.lead();
        return new LeadJson(l.id(), l.ownerFirmId(), l.companyName(), l.country(), l.city(), l.webDomain(),
                l.categories(), l.estimatedValue(), l.currency(), l.source(), l.fairId(), l.notes(), l.visibility(),
                l.shareFirms(), l.shareCategories(), row.holds().stream().map(h -> new Signal(h.category(),
                        org.exportalliance.portal.lead.ClaimWindow.lastDay(h.until(), zone), h.ours())).toList(),
                l.createdAt(), l.version());
    }

    /** A lead just saved, with the blind signals conflict detection found (none of them the caller's). */
    static LeadJson of(Lead lead, List<org.exportalliance.portal.lead.Hold> signals, ZoneId zone) {
        return of(new LeadRow(lead, signals), zone);
    }
}
