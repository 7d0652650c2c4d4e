package org.exportalliance.portal.insight;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * What one published cell holds: how many firms built it, how many orders (claims, in the lead conversion table) it
 * counts, and their won value in CNY and USD (zero where the table counts claims).
 */
public record Figure(int firms, long count, BigDecimal cny, BigDecimal usd) {

    public static final Figure EMPTY = new Figure(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public static Figure ofCount(int firms, long count) {
        return new Figure(firms, count, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** No firm built it: nothing was won there. Not part of the JSON (firms 0 says it). */
    @JsonIgnore
    public boolean isEmpty() {
        return firms == 0;
    }
}
