package org.exportalliance.portal.logistics.traveller;

import java.util.Map;
import org.exportalliance.portal.platform.crypto.SealingKeyMisconfigured;
import org.exportalliance.portal.platform.crypto.SealingKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the passport keys come from: {@code portal.passport.key} ({@code PORTAL_PASSPORT_KEY}), its id and the
 * previous keys, or a demo key kept in {@code <portal.embedded.directory>/passport-key} ({@link SealingKeys}).
 * Outside demo mode a missing key stops the start ({@link PassportKeyFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
class PassportKeyConfiguration {

    static final String DEMO_KEY_ID = SealingKeys.DEMO_KEY_ID;
    static final String DEMO_KEY_FILE = "passport-key";

    @Bean
    PassportCipher passportCipher(Environment env) {
        try {
            SealingKeys keys = SealingKeys.load(env, "portal.passport", "PORTAL_PASSPORT_KEY", DEMO_KEY_FILE,
                    "passport numbers");
            return new PassportCipher(keys.currentId(), keys.keys());
        } catch (SealingKeyMisconfigured | IllegalArgumentException e) {
            throw new PassportKeyMisconfigured(String.valueOf(e.getMessage()));
        }
    }

    static Map<String, byte[]> previousKeys(String setting) {
        try {
            return SealingKeys.previousKeys(setting, "portal.passport");
        } catch (SealingKeyMisconfigured e) {
            throw new PassportKeyMisconfigured(String.valueOf(e.getMessage()));
        }
    }
}
