package org.exportalliance.portal.order;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the orders list is narrowed to; every part is optional. {@code text} matches the buyer, a line's model or
 * machine category (by code or name in either language) and, for staff, the firm's name; the days are the day of the
 * order's current stage, both inclusive.
 */
public record OrderFilter(@Nullable String text, @Nullable OrderStage stage, @Nullable LocalDate from,
        @Nullable LocalDate to, @Nullable String currency, @Nullable String destination) {

    public OrderFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        destination = destination == null || destination.isBlank() ? null
                : destination.strip().toUpperCase(Locale.ROOT);
    }

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null);
    }

    /** {@code text} as a case-insensitive LIKE pattern, its wildcards escaped. */
    @Nullable String textPattern() {
        return text == null ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    boolean matches(String name) {
        return text != null && name.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
