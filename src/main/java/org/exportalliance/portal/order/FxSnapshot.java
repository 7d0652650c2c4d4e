package org.exportalliance.portal.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rates an order keeps from its confirmation: CNY and USD per unit of its currency, as of {@code date}. */
public record FxSnapshot(LocalDate date, BigDecimal cny, BigDecimal usd) {}
