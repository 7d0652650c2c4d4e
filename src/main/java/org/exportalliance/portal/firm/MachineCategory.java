package org.exportalliance.portal.firm;

import java.util.Locale;

/**
 * One entry of the alliance's machine-category taxonomy (table {@code machine_category}): what firms make and what
 * buyers ask for. Held as data, so the names are bilingual there rather than in the bundles.
 */
public record MachineCategory(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
