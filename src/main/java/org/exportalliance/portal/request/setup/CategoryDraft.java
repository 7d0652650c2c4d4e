package org.exportalliance.portal.request.setup;

import java.util.Locale;

/**
 * A category as staff type it: its code (only when adding: requests keep it), its names in both languages and its
 * place in the filing form's list.
 */
public record CategoryDraft(String code, String nameZh, String nameEn, int position) {

    public CategoryDraft normalised() {
        return new CategoryDraft(code.strip().toUpperCase(Locale.ROOT), nameZh.strip(), nameEn.strip(), position);
    }
}
