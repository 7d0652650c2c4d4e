package org.exportalliance.portal.order;

/** What an order is owed to: a shared lead (through the firm's claim), a fair (a delegation), or neither. */
public enum Attribution {
    LEAD,
    FAIR,
    DIRECT;

    public String messageKey() {
        return "order.attribution." + name();
    }
}
