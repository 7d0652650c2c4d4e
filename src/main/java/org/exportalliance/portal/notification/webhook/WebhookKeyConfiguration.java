package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.crypto.SealingKeyMisconfigured;
import org.exportalliance.portal.platform.crypto.SealingKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The keys that seal endpoint secrets: {@code portal.webhooks.key} ({@code PORTAL_WEBHOOKS_KEY}, base64 of 32 bytes;
 * {@code .key-id}, {@code .previous-keys} as for passports), or in demo mode a key kept in
 * {@code <portal.embedded.directory>/webhooks-key}. Anywhere else without a key the portal starts, but refuses to
 * register webhook endpoints ({@link WebhooksUnconfigured}) and says so in its log.
 */
@Configuration(proxyBeanMethods = false)
class WebhookKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookKeyConfiguration.class);

    @Bean
    WebhookSecretCipher webhookSecretCipher(Environment env) {
        boolean configured = !env.getProperty("portal.webhooks.key", "").isBlank();
        if (!configured && !env.getProperty("portal.demo.enabled", Boolean.class, false)) {
            log.warn("portal.webhooks.key (PORTAL_WEBHOOKS_KEY) is not set: webhook endpoints cannot be registered");
            return WebhookSecretCipher.unconfigured();
        }
        SealingKeys keys = SealingKeys.load(env, "portal.webhooks", "PORTAL_WEBHOOKS_KEY", "webhooks-key",
                "webhook secrets");
        try {
            return WebhookSecretCipher.of(keys);
        } catch (IllegalArgumentException e) {
            throw new SealingKeyMisconfigured(String.valueOf(e.getMessage()));
        }
    }
}
