package org.exportalliance.portal.order;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such order, or not one the actor may see (never a 403 that would confirm it exists). */
public class OrderNotFound extends Refusal {
    public OrderNotFound() {
        super(404, "order.not-found");
    }
}
