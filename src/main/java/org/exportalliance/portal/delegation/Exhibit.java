package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A machine a firm ships to the booth. */
public record Exhibit(@Nullable String machine, @Nullable BigDecimal weightKg, @Nullable BigDecimal volumeM3) {}
