package org.exportalliance.portal.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The portal speaks Simplified Chinese by default, and English. */
public final class PortalLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private PortalLocales() {}

    /** Maps a stored language tag ("zh-CN", "en") to a supported locale, falling back to Chinese. */
    public static Locale fromTag(String tag) {
        return tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public static String tagOf(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** A country's name in the UI language, from its ISO 3166-1 code. */
    public static String countryName(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(isChinese(locale) ? CHINESE : ENGLISH);
    }

    /** ISO country codes, sorted by their name in the UI language. */
    public static List<String> countries(Locale locale) {
        return java.util.Arrays.stream(Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing(code -> countryName(code, locale))).toList();
    }
}
