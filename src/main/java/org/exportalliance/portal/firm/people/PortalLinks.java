package org.exportalliance.portal.firm.people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's address as people reach it, for links sent by e-mail ({@code PORTAL_PUBLIC_URL}; behind a proxy that is
 * the proxy's address, never what a request's Host header claims, which an attacker could choose).
 */
@Component
public class PortalLinks {

    private final String base;

    PortalLinks(@Value("${portal.public-url:http://localhost:${server.port:8080}}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String invitation(String secret) {
        return base + "/invitation?token=" + secret;
    }

    public String passwordReset(String secret) {
        return base + "/reset-password?token=" + secret;
    }

    public String signIn() {
        return base + "/login";
    }
}
