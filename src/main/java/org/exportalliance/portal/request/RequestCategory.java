package org.exportalliance.portal.request;

import java.util.Locale;

/** A kind of request, named in both languages; staff extend the list. A lab-test category's requests name samples. */
public record RequestCategory(String code, String nameZh, String nameEn, int position, boolean labTest,
        boolean active) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
