package org.exportalliance.portal.order;

import java.math.BigDecimal;

/** One line of an order, in the order's currency. */
public record OrderLine(int position, String category, String model, int quantity, BigDecimal unitPrice) {

    public Money amount(String currency) {
        return new Money(unitPrice, currency).times(quantity);
    }
}
