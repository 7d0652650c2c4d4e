package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.AutoReason;
import org.exportalliance.portal.delegation.Capacity;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.jspecify.annotations.Nullable;

/** How delegations read in the user's language: times, areas, money, states and reasons. */
public final class DelegationLabels {

    private DelegationLabels() {}

    /** A moment in the alliance's time zone ({@code zone}, from the portal's clock). */
    public static String time(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    public static String area(BigDecimal m2, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(m2) + " m²";
    }

    public static String money(BigDecimal cny, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(java.util.Currency.getInstance("CNY"));
        return f.format(cny);
    }

    public static String remaining(Capacity remaining, Capacity total, Component c, Locale l) {
        return c.getTranslation("delegation.remaining.summary", remaining.slots(), total.slots(),
                area(remaining.areaM2(), l), area(total.areaM2(), l), remaining.seats(), total.seats());
    }

    public static Span status(DelegationStatus status, Component c) {
        Span badge = new Span(c.getTranslation("delegation.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case OPEN -> badge.getElement().getThemeList().add("success");
            case CANCELLED -> badge.getElement().getThemeList().add("error");
            case DRAFT, DONE -> badge.getElement().getThemeList().add("contrast");
            default -> { }
        }
        return badge;
    }

    public static Span status(ApplicationStatus status, Component c) {
        Span badge = new Span(c.getTranslation("application.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case APPROVED, ACCEPTED -> badge.getElement().getThemeList().add("success");
            case REJECTED, EXPIRED, WITHDRAWN -> badge.getElement().getThemeList().add("error");
            default -> { }
        }
        return badge;
    }

    /** A decision reason: automatic ones are message keys with arguments, staff's are their own words. */
    public static String reason(@Nullable String reason, Component c) {
        return AutoReason.render(reason, c::getTranslation);
    }
}
