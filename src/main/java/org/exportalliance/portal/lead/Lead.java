package org.exportalliance.portal.lead;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A buyer lead without its contacts (those come only through an audited reveal). The shares are filled for its owner
 * firm and staff only; everybody else gets them empty.
 */
public record Lead(UUID id, UUID buyerId, UUID ownerFirmId, String companyName, String country, String city,
        @Nullable String webDomain, List<String> categories, @Nullable BigDecimal estimatedValue,
        @Nullable String currency, LeadSource source, @Nullable UUID fairId, String notes, Visibility visibility,
        Set<UUID> shareFirms, Set<String> shareCategories, OffsetDateTime createdAt, long version) {

    public Lead {
        categories = List.copyOf(categories);
        shareFirms = Set.copyOf(shareFirms);
        shareCategories = Set.copyOf(shareCategories);
    }

    public boolean ownedBy(UUID firmId) {
        return ownerFirmId.equals(firmId);
    }

    Lead withShares(Set<UUID> firms, Set<String> categories) {
        return new Lead(id, buyerId, ownerFirmId, companyName, country, city, webDomain, this.categories,
                estimatedValue, currency, source, fairId, notes, visibility, firms, categories, createdAt, version);
    }
}
