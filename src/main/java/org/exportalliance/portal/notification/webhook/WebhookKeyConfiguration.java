package org.exportalliance.portal.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key that seals endpoint secrets: {@code portal.webhooks.key} (base64 of 32 bytes, id
 * {@code portal.webhooks.key-id}, default {@code 1}). Demo mode ({@code portal.demo.enabled}) without a key uses a
 * fixed demo key (id {@code demo}) that protects nothing. Anywhere else without a key the portal starts, but refuses
 * to register webhook endpoints ({@link WebhooksUnconfigured}) and says so in its log.
 */
@Configuration(proxyBeanMethods = false)
class WebhookKeyConfiguration {

    static final String DEMO_KEY_ID = "demo";
    private static final Logger log = LoggerFactory.getLogger(WebhookKeyConfiguration.class);

    @Bean
    WebhookSecretCipher webhookSecretCipher(Environment env) {
        String configured = env.getProperty("portal.webhooks.key", "").strip();
        if (!configured.isEmpty()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("portal.webhooks.key (PORTAL_WEBHOOKS_KEY) is not valid base64");
            }
            return new WebhookSecretCipher(env.getProperty("portal.webhooks.key-id", "1").strip(), key);
        }
        if (env.getProperty("portal.demo.enabled", Boolean.class, false)) {
            return new WebhookSecretCipher(DEMO_KEY_ID, demoKey());
        }
        log.warn("portal.webhooks.key (PORTAL_WEBHOOKS_KEY) is not set: webhook endpoints cannot be registered");
        return WebhookSecretCipher.unconfigured();
    }

    private static byte[] demoKey() {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest("export-alliance-portal demo webhook key".getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
