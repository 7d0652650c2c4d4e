package org.exportalliance.portal.platform.i18n;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ISO 3166 country and ISO 4217 currency codes the JDK knows, read once (the currency list is a file, so the
 * first use belongs on a thread that may block: {@code lead.ValidationData} makes it at start-up).
 */
public final class IsoCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList();
    private static final Set<String> CURRENCY_SET = Set.copyOf(CURRENCIES);

    private IsoCodes() {}

    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    public static boolean isCurrency(String code) {
        return CURRENCY_SET.contains(code);
    }

    /** Every currency code, sorted. */
    public static List<String> currencies() {
        return CURRENCIES;
    }

    /** A currency as a picker shows it: its code and its name in the UI language ("EUR · 欧元"). */
    public static String currencyLabel(String code, Locale locale) {
        return code + " · " + Currency.getInstance(code).getDisplayName(PortalLocales.isChinese(locale)
                ? PortalLocales.CHINESE : PortalLocales.ENGLISH);
    }
}
