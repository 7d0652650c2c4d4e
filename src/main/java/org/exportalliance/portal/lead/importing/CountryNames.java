package org.exportalliance.portal.lead.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * A country as sheets write it, to its ISO 3166 alpha-2 code: the code itself, the alpha-3 code, the English or
 * Chinese name ("Italy", "意大利", "Türkiye"/"Turkey", "阿联酋"), with case, accents and punctuation ignored.
 */
final class CountryNames {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_A_LETTER_OR_DIGIT =
            java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> CODES = build();

    private CountryNames() {}

    static Optional<String> code(String written) {
        return Optional.ofNullable(CODES.get(key(written)));
    }

    private static Map<String, String> build() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            codes.put(key(code), code);
            try {
                codes.putIfAbsent(key(country.getISO3Country()), code);
            } catch (MissingResourceException e) {
                // no alpha-3 code known for it
            }
            codes.putIfAbsent(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            codes.putIfAbsent(key(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)), code);
            codes.putIfAbsent(key(country.getDisplayCountry(Locale.TRADITIONAL_CHINESE)), code);
        }
        String[][] aliases = {
                {"US", "USA", "U.S.A.", "U.S.", "America", "United States of America", "美國"},
                {"GB", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "英格兰"},
                {"KR", "South Korea", "Korea", "Republic of Korea", "Korea, Republic of", "南韩"},
                {"KP", "North Korea"},
                {"RU", "Russia", "Russian Federation"},
                {"VN", "Vietnam", "Viet Nam"},
                {"TR", "Turkey", "Türkiye", "Turkiye"},
                {"CZ", "Czech Republic", "Czechia"},
                {"AE", "UAE", "U.A.E.", "Emirates", "阿联酋"},
                {"NL", "Holland", "The Netherlands"},
                {"IR", "Iran", "Iran, Islamic Republic of"},
                {"SY", "Syria"},
                {"LA", "Laos"},
                {"BO", "Bolivia"},
                {"VE", "Venezuela"},
                {"TZ", "Tanzania"},
                {"MD", "Moldova"},
                {"MK", "Macedonia", "North Macedonia"},
                {"CI", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"},
                {"MM", "Burma", "Myanmar"},
                {"CD", "DR Congo", "DRC", "Congo-Kinshasa"},
                {"CG", "Congo-Brazzaville"},
                {"HK", "Hong Kong", "HK SAR", "中国香港", "香港"},
                {"MO", "Macau", "Macao", "中国澳门", "澳门"},
                {"TW", "Taiwan", "中国台湾", "台湾"},
                {"CN", "PRC", "China", "Mainland China", "中国大陆", "中华人民共和国"},
                {"SA", "KSA", "Saudi"},
                {"BA", "Bosnia", "Bosnia and Herzegovina"},
                {"PS", "Palestine"},
                {"SZ", "Swaziland", "Eswatini"},
                {"CV", "Cape Verde"},
                {"TL", "East Timor"},
        };
        for (String[] alias : aliases) {
            for (int i = 1; i < alias.length; i++) {
                codes.put(key(alias[i]), alias[0]);
            }
        }
        return Map.copyOf(codes);
    }

    static String key(String written) {
        String plain = MARKS.matcher(Normalizer.normalize(written, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_A_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
