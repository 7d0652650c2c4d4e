package org.exportalliance.portal.insight.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.exportalliance.portal.platform.i18n.Formats;

/**
 * Amounts as a dashboard cell shows them: short, in the reader's habit (万 and 亿 in Chinese, k and M in English).
 * The exact figure goes into the cell's tooltip and the Excel export.
 */
final class Amounts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Amounts() {
    }

    static String compact(BigDecimal amount, Locale locale) {
        BigDecimal size = amount.abs();
        if ("zh".equals(locale.getLanguage())) {
            if (size.compareTo(HUNDRED_MILLION) >= 0) {
                return scaled(amount, HUNDRED_MILLION, 2, locale) + "亿";
            }
            return size.compareTo(TEN_THOUSAND) >= 0 ? scaled(amount, TEN_THOUSAND, 1, locale) + "万"
                    : exact(amount, locale);
        }
        if (size.compareTo(MILLION) >= 0) {
            return scaled(amount, MILLION, 2, locale) + "M";
        }
        return size.compareTo(THOUSAND) >= 0 ? scaled(amount, THOUSAND, 1, locale) + "k" : exact(amount, locale);
    }

    /** The amount with grouping, and cents when it has any. */
    static String exact(BigDecimal amount, Locale locale) {
        return Formats.number(amount, amount.scale() > 0 ? 2 : 0, 2, locale);
    }

    private static String scaled(BigDecimal amount, BigDecimal unit, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        return format.format(amount.divide(unit, digits, RoundingMode.HALF_EVEN));
    }
}
