package org.exportalliance.portal.firm;

import java.util.Locale;
import java.util.UUID;

/** A member of the alliance: the association itself, a chain-leader firm or a member firm. */
public record Firm(UUID id, String nameZh, String nameEn, FirmKind kind, String membershipTier, String city) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
