package org.exportalliance.portal.insight;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.springframework.context.MessageSource;

/** How the dashboards name their rows, in the reader's language. */
public final class InsightLabels {

    private InsightLabels() {
    }

    /** A destination market by its country's name ("印度", "India"). */
    public static String market(String code, Locale locale) {
        return PortalLocales.countryName(code, locale);
    }

    /**
     * Markets in the order of their names in the reader's language (pinyin for Chinese). Never by value: the rank of
     * a withheld market would say something about its figure.
     */
    public static Comparator<MarketRow> byMarketName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing(row -> market(String.valueOf(row.market()), locale), collator);
    }

    /** What a firm's won orders are grouped by: an attribution, a delegation or a lead source. */
    public static String wonBy(FirmInsight.WonBy row, Locale locale, MessageSource messages) {
        if (row.delegationId() != null) {
            return "zh".equals(locale.getLanguage()) ? String.valueOf(row.titleZh()) : String.valueOf(row.titleEn());
        }
        String prefix = switch (row.key()) {
            case "LEAD", "FAIR", "DIRECT" -> "order.attribution.";
            default -> "lead.source.";
        };
        return messages.getMessage(prefix + row.key(), null, row.key(), locale);
    }
}
