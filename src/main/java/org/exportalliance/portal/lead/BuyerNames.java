package org.exportalliance.portal.lead;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A buyer company's name reduced to what identifies it, for matching: "Tessitura Rossi S.p.A." and
 * "TESSITURA ROSSI SPA" both become {@code tessitura rossi}. Case, accents, punctuation and the legal form go (GmbH,
 * Ltd., S.A., Pvt, 有限公司 …); the words that name the firm stay in their order.
 */
public final class BuyerNames {

    /**
     * Legal forms written after the name (compared without dots: "S.p.A." is "spa", "Co., Ltd." is "co ltd"), and the
     * "and" left of "& Co. KG".
     */
    private static final Set<String> TRAILING_FORMS = Set.of(
            "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "ev", "ohg", "co", "company", "corp", "corporation", "inc",
            "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "pvt", "private", "pte", "pty", "bhd", "sdn",
            "sa", "sas", "sarl", "sasu", "spa", "srl", "sapa", "snc", "sl", "slu", "sau", "sae", "sac", "saic", "ltda",
            "cia", "eireli", "me", "bv", "nv", "vof", "ab", "as", "asa", "aps", "oy", "oyj", "sro", "doo",
            "kft", "zrt", "sp", "zoo", "spzoo", "jsc", "ojsc", "cjsc", "pjsc", "fze", "fzco", "fzc", "fzllc", "wll",
            "kk", "tbk", "and", "und", "group", "holding", "holdings", "international", "intl", "trading", "industries");

    /** Legal forms written before the name ("PT Sinar Jaya", "OOO Tekstil"). */
    private static final Set<String> LEADING_FORMS = Set.of("pt", "cv", "ooo", "oao", "zao", "pao", "tov", "the");

    /** Chinese legal forms, longest first so that 股份有限公司 goes whole. */
    private static final List<String> CHINESE_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司",
            "股份公司", "集团公司", "集团", "公司", "厂");

    private BuyerNames() {}

    public static String normalise(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String form : CHINESE_FORMS) {
                if (text.endsWith(form) && text.length() > form.length()) {
                    text = text.substring(0, text.length() - form.length()).strip();
                    stripped = true;
                }
            }
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("(?<=\\p{L})\\.(?=\\p{L})", "")   // S.p.A. → SpA, S.A. → SA
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
        while (words.size() > 1 && TRAILING_FORMS.contains(words.getLast())) {
            words.removeLast();
        }
        while (words.size() > 1 && LEADING_FORMS.contains(words.getFirst())) {
            words.removeFirst();
        }
        return String.join(" ", words);
    }
}
