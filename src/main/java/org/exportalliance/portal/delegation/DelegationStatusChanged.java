package org.exportalliance.portal.delegation;

import java.util.UUID;

/** The {@code data} of the {@code delegation.status_changed} webhook, sent for each firm taking part. */
public record DelegationStatusChanged(UUID delegationId, UUID fairId, String titleZh, String titleEn,
        DelegationStatus status, long version) {

    static DelegationStatusChanged of(Delegation d) {
        return new DelegationStatusChanged(d.id(), d.fairId(), d.titleZh(), d.titleEn(), d.status(), d.version());
    }
}
