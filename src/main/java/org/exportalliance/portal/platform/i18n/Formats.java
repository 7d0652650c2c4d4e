package org.exportalliance.portal.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the portal writes numbers, money, percentages, areas, dates and times: one format per language, used by every
 * view, mail, message and file people read. Dates are the language's medium style (2026年12月7日, Dec 7, 2026), moments add the
 * short time in the alliance's zone, money is the ISO code and the amount at the currency's own scale (USD 12,345.00,
 * JPY 1,200,000), so amounts of different currencies never look alike.
 */
public final class Formats {

    private Formats() {}

    /** An amount with its currency; empty when there is no amount; a code the JDK does not know keeps two decimals. */
    public static String money(@Nullable BigDecimal amount, @Nullable String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        int digits = 2;
        if (currency != null) {
            try {
                digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
            } catch (IllegalArgumentException unknown) {
                // Not an ISO 4217 code the JDK knows: two decimals, as most currencies have.
            }
        }
        String number = number(amount, digits, digits, locale);
        return currency == null ? number : currency + " " + number;
    }

    /** An amount in yuan, the ledger's and the fees' currency. */
    public static String yuan(BigDecimal amount, Locale locale) {
        return money(amount, "CNY", locale);
    }

    /** A number with grouping and at most {@code maxDigits} decimals. */
    public static String number(BigDecimal value, int maxDigits, Locale locale) {
        return number(value, 0, maxDigits, locale);
    }

    /** A number with grouping and between {@code minDigits} and {@code maxDigits} decimals. */
    public static String number(BigDecimal value, int minDigits, int maxDigits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(language(locale));
        f.setMinimumFractionDigits(minDigits);
        f.setMaximumFractionDigits(maxDigits);
        return f.format(value);
    }

    /** A ratio as a percentage: 0.125 with one digit is "12.5%". */
    public static String percent(double ratio, int maxDigits, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(language(locale));
        f.setMaximumFractionDigits(maxDigits);
        return f.format(ratio);
    }

    /** A ratio as a signed percentage, for changes: 0.125 is "+12.5%". */
    public static String change(BigDecimal ratio, Locale locale) {
        return (ratio.signum() > 0 ? "+" : "") + percent(ratio.doubleValue(), 1, locale);
    }

    /** An area in square metres, one decimal at most. */
    public static String area(BigDecimal m2, Locale locale) {
        return number(m2, 1, locale) + " m²";
    }

    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language(locale)).format(day);
    }

    /** A month with its year, as the language writes it: 2026年12月, Dec 2026. */
    public static String month(LocalDate dayInMonth, Locale locale) {
        return DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(language(locale)).format(dayInMonth);
    }

    /** The day of a moment in the alliance's zone. */
    public static String date(Instant moment, ZoneId zone, Locale locale) {
        return date(moment.atZone(zone).toLocalDate(), locale);
    }

    public static String date(OffsetDateTime moment, ZoneId zone, Locale locale) {
        return date(moment.toInstant(), zone, locale);
    }

    /** A moment to the minute in the alliance's zone. */
    public static String dateTime(Instant moment, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language(locale))
                .format(moment.atZone(zone));
    }

    public static String dateTime(OffsetDateTime moment, ZoneId zone, Locale locale) {
        return dateTime(moment.toInstant(), zone, locale);
    }

    /**
     * Message arguments as the reader reads them: a day ({@link LocalDate}) in the language's format, everything else
     * as it is. Refusals carry days as {@code LocalDate}, so the same refusal reads "至 2027年3月7日" and "until Mar 7,
     * 2027", in the UI, the API's problem details and e-mails alike.
     */
    public static Object[] args(Object @Nullable [] args, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate day) {
                out[i] = date(day, locale);
            }
        }
        return out;
    }

    /** The portal's two languages only: a browser's zh-TW or en-GB is written as zh-CN or English. */
    private static Locale language(Locale locale) {
        return PortalLocales.isChinese(locale) ? PortalLocales.CHINESE : PortalLocales.ENGLISH;
    }
}
