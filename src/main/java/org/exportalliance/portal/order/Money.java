package org.exportalliance.portal.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An exact amount in one currency. Amounts of different currencies are never added: {@link #plus} refuses, and a
 * conversion takes an explicit rate.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** This amount in another currency at {@code rate} units of it per unit of this one, rounded to its minor unit. */
    public Money convert(BigDecimal rate, String to) {
        return new Money(amount.multiply(rate).setScale(minorDigits(to), RoundingMode.HALF_EVEN), to);
    }

    /** The amount written to the currency's minor unit (155202.0000 EUR as 155202.00), rounded half-even if finer. */
    public Money atCurrencyScale() {
        return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_EVEN), currency);
    }

    /** The currency's minor unit digits (2 for CNY and USD, 0 for JPY); 2 where ISO 4217 gives none. */
    static int minorDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}
