package org.exportalliance.portal.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every answer, UI and API alike (docs/security.md, "Headers"). Spring Security's defaults
 * stay on: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no caching of dynamic answers, and
 * {@code Strict-Transport-Security} on requests that arrived over TLS (directly, or as a trusted proxy says with
 * {@code X-Forwarded-Proto} under {@code server.forward-headers-strategy}).
 */
public final class SecurityHeaders {

    /**
     * The UI's policy: the strictest that Vaadin 25 works under in Chromium. Vaadin's bootstrap page has inline
     * scripts and {@code Element.executeJs} runs JavaScript built at run time ({@code new Function}), hence
     * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts; its components and Lumo set inline styles, hence
     * {@code 'unsafe-inline'} for styles; Lumo's icons and the charts use {@code data:} images. Everything else comes
     * from the portal itself; nothing may frame it, and forms post only to it.
     */
    public static final String UI_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** JSON and files need no content of their own to load. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Powerful browser features the portal never uses, switched off for it and anything it might embed. */
    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

    private SecurityHeaders() {}

    /** The headers for a chain, with {@code policy} as its Content-Security-Policy. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> with(String policy) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // By default the headers are written when the response commits, through a response wrapper;
                        // answers written around it (Vaadin's bootstrap page, the API's asynchronous writes, error
                        // pages) went out without them. Written first, they are on every answer.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
