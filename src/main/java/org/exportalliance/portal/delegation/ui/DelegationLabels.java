package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.AutoReason;
import org.exportalliance.portal.delegation.Capacity;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Badge;
import org.jspecify.annotations.Nullable;

/** How delegations read in the user's language: times, areas, money, states and reasons. */
final class DelegationLabels {

    private DelegationLabels() {}

    static String remaining(Capacity remaining, Capacity total, Component c, Locale l) {
        return c.getTranslation("delegation.remaining.summary", remaining.slots(), total.slots(),
                Formats.area(remaining.areaM2(), l), Formats.area(total.areaM2(), l), remaining.seats(), total.seats());
    }

    static Span status(DelegationStatus status, Component c) {
        return badge(status, c).span();
    }

    static Badge badge(DelegationStatus status, Component c) {
        String colour = switch (status) {
            case OPEN -> "success";
            case CANCELLED -> "error";
            case DRAFT, DONE -> "contrast";
            default -> "";
        };
        return new Badge(c.getTranslation("delegation.status." + status.name()), colour);
    }

    static Span status(ApplicationStatus status, Component c) {
        return badge(status, c).span();
    }

    static Badge badge(ApplicationStatus status, Component c) {
        String colour = switch (status) {
            case APPROVED, ACCEPTED -> "success";
            case REJECTED, EXPIRED, WITHDRAWN -> "error";
            default -> "";
        };
        return new Badge(c.getTranslation("application.status." + status.name()), colour);
    }

    /** A decision reason: automatic ones are message keys with arguments, staff's are their own words. */
    static String reason(@Nullable String reason, Component c) {
        return AutoReason.render(reason, c::getTranslation);
    }
}
