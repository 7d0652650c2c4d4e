package org.exportalliance.portal.lead;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The domain part of buyers' e-mail addresses and web sites, for matching. A free-mail domain (gmail.com, 163.com …)
 * says nothing about which company a contact works for, so it is no identity.
 */
public final class WebDomains {

    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.in",
            "yahoo.co.uk", "yahoo.fr", "hotmail.com", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com",
            "aol.com", "gmx.de", "gmx.net", "web.de", "mail.ru", "yandex.ru", "yandex.com", "protonmail.com",
            "proton.me", "qq.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "aliyun.com",
            "rediffmail.com", "libero.it", "orange.fr", "free.fr", "naver.com", "daum.net");

    private WebDomains() {}

    /** {@code Marco.Rossi@Tessitura-Rossi.IT} → {@code tessitura-rossi.it}; empty for free mail or no domain. */
    public static Optional<String> ofEmail(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? Optional.empty() : clean(email.substring(at + 1)).filter(d -> !FREE_MAIL.contains(d));
    }

    /** {@code https://www.Tessitura-Rossi.it/en/} → {@code tessitura-rossi.it}. */
    public static Optional<String> ofWebsite(String website) {
        String host = website.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        host = host.split("[/?#]", 2)[0];
        host = host.replaceFirst(":\\d+$", "").replaceFirst("(?i)^www\\d?\\.", "");
        return clean(host);
    }

    private static Optional<String> clean(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        try {
            d = IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return d.matches("([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}") ? Optional.of(d)
                : Optional.empty();
    }
}
