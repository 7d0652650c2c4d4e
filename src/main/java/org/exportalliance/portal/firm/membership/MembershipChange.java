package org.exportalliance.portal.firm.membership;

import java.util.Set;

/** What staff may do to a membership, and from where. */
public enum MembershipChange {
    SUSPEND(Membership.SUSPENDED, Set.of(Membership.ACTIVE)),
    END(Membership.ENDED, Set.of(Membership.ACTIVE, Membership.SUSPENDED)),
    REINSTATE(Membership.ACTIVE, Set.of(Membership.SUSPENDED, Membership.ENDED));

    private final Membership target;
    private final Set<Membership> from;

    MembershipChange(Membership target, Set<Membership> from) {
        this.target = target;
        this.from = from;
    }

    public Membership target() {
        return target;
    }

    public boolean allowedFrom(Membership current) {
        return from.contains(current);
    }

    /** Suspending and ending sign the firm's people out and end what they hold; reinstating lets them back in. */
    public boolean leaves() {
        return target != Membership.ACTIVE;
    }

    /** The audit action and the API's path word. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
