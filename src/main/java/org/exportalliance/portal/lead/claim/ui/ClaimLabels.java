package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.ClaimWindow;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.shell.Badge;
import org.jspecify.annotations.Nullable;

/** How claims read in the user's language: dates in the portal's zone, countries, categories, states. */
final class ClaimLabels {

    private ClaimLabels() {}

    /**
     * The last day a window covers, in the portal's zone. A window ends at an instant; one that staff extended "until
     * 1 March" ends at the start of 2 March, and still reads as 1 March here, like the date they picked.
     */
    static LocalDate lastDay(OffsetDateTime end, ZoneId zone) {
        return ClaimWindow.lastDay(end, zone);
    }

    static String until(OffsetDateTime end, Locale locale, ZoneId zone) {
        return Formats.date(lastDay(end, zone), locale);
    }

    /** Category names from the taxonomy (data, not bundle entries); an unknown code reads as itself. */
    static String categories(Collection<String> codes, Map<String, MachineCategory> taxonomy, Locale locale) {
        return codes.stream().map(code -> taxonomy.containsKey(code) ? taxonomy.get(code).name(locale) : code)
                .collect(Collectors.joining(PortalLocales.isChinese(locale) ? "、" : ", "));
    }

    static String firm(java.util.UUID id, Map<java.util.UUID, Firm> firms, Locale locale) {
        Firm firm = firms.get(id);
        return firm == null ? id.toString() : firm.name(locale);
    }

    /** A similarity score as a whole percentage; a dash when there is none. */
    static String score(@Nullable Float score, Locale locale) {
        return score == null ? "–" : Formats.percent(score, 0, locale);
    }

    static Badge status(ClaimStatus status, Component c) {
        String colour = switch (status) {
            case APPROVED -> "success";
            case REJECTED -> "error";
            case RELEASED, TRANSFERRED -> "contrast";
            default -> "";
        };
        return new Badge(c.getTranslation(status.messageKey()), colour);
    }

    static Badge stage(ClaimStage stage, Component c) {
        String colour = switch (stage) {
            case WON -> "success";
            case LOST -> "error";
            default -> "";
        };
        return new Badge(c.getTranslation(stage.messageKey()), colour);
    }

    /** The end date, with an "expired" badge once an open claim's window has passed. */
    static Component validity(Claim claim, OffsetDateTime now, Component c, Locale locale, ZoneId zone) {
        Span date = new Span(until(claim.validUntil(), locale, zone));
        if (!claim.expired(now)) {
            return date;
        }
        Span expired = badge(c.getTranslation("claims.expired"));
        expired.getElement().getThemeList().add("error");
        expired.addClassName("claim-expired");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout both =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(date, expired);
        both.setSpacing(true);
        both.setPadding(false);
        return both;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}
