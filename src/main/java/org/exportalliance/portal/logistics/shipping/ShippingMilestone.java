package org.exportalliance.portal.logistics.shipping;

import java.util.Optional;

/** The steps of an exhibit's journey to the booth, in order. Each is recorded once, after the one before it. */
public enum ShippingMilestone {
    BOOKED,
    AT_PORT,
    CUSTOMS_CLEARED,
    AT_BOOTH;

    /** The milestone that must have been recorded before this one; none before BOOKED. */
    public Optional<ShippingMilestone> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The milestone after {@code stage} (null: nothing recorded yet); none after AT_BOOTH. */
    public static Optional<ShippingMilestone> after(ShippingMilestone stage) {
        return stage.ordinal() + 1 < values().length ? Optional.of(values()[stage.ordinal() + 1]) : Optional.empty();
    }
}
