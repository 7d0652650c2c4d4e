package org.exportalliance.portal.lead.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of the {@code claim.decided} webhook: staff's decision on one of the firm's claims and where the
 * claim stands now. The buyer by its id and company name only, never its contacts.
 */
public record ClaimDecided(UUID claimId, UUID firmId, UUID buyerId, String companyName, String decision,
        ClaimStatus status, List<String> categories, OffsetDateTime validUntil, long version) {

    static ClaimDecided of(Claim c, String decision) {
        return new ClaimDecided(c.id(), c.firmId(), c.buyerId(), c.companyName(), decision, c.status(),
                c.categories(), c.validUntil(), c.version());
    }
}
