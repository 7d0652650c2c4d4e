package org.exportalliance.portal.order;

import org.exportalliance.portal.platform.refusal.IllegalTransition;

/** A stage the order cannot move to from where it stands, e.g. skipping production, or leaving PAID. */
public class IllegalOrderStage extends IllegalTransition {

    public IllegalOrderStage(OrderStage from, OrderStage to) {
        super("order.illegal-stage", from, to);
    }
}
