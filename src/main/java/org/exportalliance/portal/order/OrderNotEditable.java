package org.exportalliance.portal.order;

import org.exportalliance.portal.platform.refusal.Refusal;

/** An order past confirmation is a record of what happened: its fields and lines no longer change. */
public class OrderNotEditable extends Refusal {
    public OrderNotEditable(OrderStage stage) {
        super(409, "order.not-editable", stage.label());
    }
}
