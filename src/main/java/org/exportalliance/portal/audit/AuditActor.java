package org.exportalliance.portal.audit;

import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.platform.i18n.PortalLocales;

/** Who did something: the user and the firm they belong to. */
public record AuditActor(UUID userId, String username, String displayName, UUID firmId, String firmNameZh,
        String firmNameEn) {

    public String firmName(Locale locale) {
        return PortalLocales.isChinese(locale) ? firmNameZh : firmNameEn;
    }
}
