package org.exportalliance.portal.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one unit of {@code currency} was worth in CNY on {@code date}. */
public record FxRate(LocalDate date, String currency, BigDecimal cny) {}
