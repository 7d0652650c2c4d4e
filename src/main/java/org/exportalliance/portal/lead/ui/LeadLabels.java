package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.ClaimWindow;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.PortalLocales;

/**
 * How leads read in the user's language: countries by their local name, categories by the taxonomy's name in the UI
 * language, money in the locale's style, dates in the portal clock's zone, and holds as blind signals.
 */
final class LeadLabels {

    private LeadLabels() {}

    static String country(String code, Locale locale) {
        return PortalLocales.countryName(code, locale);
    }

    /** ISO country codes, sorted by their name in the UI language. */
    static List<String> countries(Locale locale) {
        return PortalLocales.countries(locale);
    }

    static String place(Lead lead, Locale locale) {
        String country = country(lead.country(), locale);
        return lead.city().isBlank() ? country : lead.city() + ", " + country;
    }

    static String category(String code, Map<String, MachineCategory> taxonomy, Locale locale) {
        MachineCategory c = taxonomy.get(code);
        return c == null ? code : c.name(locale);
    }

    static String categories(Collection<String> codes, Map<String, MachineCategory> taxonomy, Locale locale) {
        return codes.stream().map(code -> category(code, taxonomy, locale))
                .collect(Collectors.joining(PortalLocales.isChinese(locale) ? "、" : ", "));
    }

    /**
     * The holds on a lead's buyer as the viewer may know them: another member's as the blind signal ("registered by
     * another member for Weaving until Mar 1, 2027", never which member), the own firm's as such. Holds ending the same
     * day are named together; the end date is in the portal clock's zone.
     */
    static String holds(List<Hold> holds, Map<String, MachineCategory> taxonomy, Component c, Locale locale,
            ZoneId zone) {
        String separator = PortalLocales.isChinese(locale) ? "；" : "; ";
        return java.util.stream.Stream.of(false, true)
                .flatMap(ours -> byEndDate(holds, ours, zone).entrySet().stream()
                        .map(e -> c.getTranslation(ours ? "lead.hold.ours" : "lead.hold.others",
                                categories(e.getValue(), taxonomy, locale), Formats.date(e.getKey(), locale))))
                .collect(Collectors.joining(separator));
    }

    private static Map<LocalDate, List<String>> byEndDate(List<Hold> holds, boolean ours, ZoneId zone) {
        return holds.stream().filter(h -> h.ours() == ours)
                .collect(Collectors.groupingBy(h -> ClaimWindow.lastDay(h.until(), zone), TreeMap::new,
                        Collectors.mapping(Hold::category, Collectors.toList())));
    }
}
