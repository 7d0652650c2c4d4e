package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.PortalLocales;

/** How a fair reads in the user's language: dates in the locale's style, countries by their local name. */
final class FairLabels {

    private FairLabels() {}

    static String dates(Fair fair, Locale locale) {
        return Formats.date(fair.startDate(), locale) + " – " + Formats.date(fair.endDate(), locale);
    }

    static String country(String code, Locale locale) {
        return PortalLocales.countryName(code, locale);
    }

    static String place(Fair fair, Locale locale) {
        return fair.city() + ", " + country(fair.country(), locale);
    }

    static String sectors(Fair fair, Component c) {
        return fair.sectors().stream().sorted().map(s -> c.getTranslation(s.messageKey()))
                .collect(Collectors.joining(" · "));
    }

    static String statusKey(Fair fair, LocalDate today) {
        if (fair.isCancelled()) {
            return "fair.status.CANCELLED";
        }
        return fair.isUpcoming(today) ? "fair.status.SCHEDULED" : "fair.status.PAST";
    }
}
