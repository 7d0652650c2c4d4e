package org.exportalliance.portal.insight.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

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

    /** The amount with grouping and cents. */
    static String exact(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A ratio as a signed percentage: 0.125 is "+12.5%". */
    static String percent(BigDecimal ratio, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return (ratio.signum() > 0 ? "+" : "") + format.format(ratio);
    }

    /** A ratio as a plain percentage: 0.125 is "12.5%". */
    static String share(BigDecimal ratio, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }

    private static String scaled(BigDecimal amount, BigDecimal unit, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        return format.format(amount.divide(unit, digits, RoundingMode.HALF_EVEN));
    }
}
