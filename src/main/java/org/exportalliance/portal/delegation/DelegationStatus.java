package org.exportalliance.portal.delegation;

import java.util.Set;

/** A delegation's life: DRAFT → OPEN → CLOSED → ON_SITE → DONE, or CANCELLED from any state before DONE. */
public enum DelegationStatus {
    DRAFT,
    OPEN,
    CLOSED,
    ON_SITE,
    DONE,
    CANCELLED;

    public Set<DelegationStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN, CANCELLED);
            case OPEN -> Set.of(CLOSED, CANCELLED);
            case CLOSED -> Set.of(OPEN, ON_SITE, CANCELLED);
            case ON_SITE -> Set.of(DONE, CANCELLED);
            case DONE, CANCELLED -> Set.of();
        };
    }

    public boolean mayMoveTo(DelegationStatus target) {
        return next().contains(target);
    }
}
