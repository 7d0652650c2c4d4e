package org.exportalliance.portal.logistics.traveller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the passport keys come from.
 * <ul>
 * <li>{@code portal.passport.key} (base64 of 32 bytes) with its id {@code portal.passport.key-id} (default {@code 1})
 * seals new numbers; {@code portal.passport.previous-keys} ({@code id:base64,id:base64}) still opens older rows.</li>
 * <li>Without a key, demo mode generates one once and keeps it beside the embedded database's data
 * ({@code <portal.embedded.directory>/passport-key}, id {@code demo}); a throw-away test database gets a throw-away
 * key held in memory.</li>
 * <li>Outside demo mode a missing key stops the start ({@link PassportKeyFailureAnalyzer}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PassportKeyConfiguration {

    static final String DEMO_KEY_ID = "demo";
    static final String DEMO_KEY_FILE = "passport-key";
    private static final Logger log = LoggerFactory.getLogger(PassportKeyConfiguration.class);

    @Bean
    PassportCipher passportCipher(Environment env) {
        Map<String, byte[]> keys = new LinkedHashMap<>(previousKeys(env.getProperty("portal.passport.previous-keys",
                "")));
        String configured = env.getProperty("portal.passport.key", "").strip();
        String currentId;
        if (!configured.isEmpty()) {
            currentId = env.getProperty("portal.passport.key-id", "1").strip();
            keys.put(currentId, decode(configured, "portal.passport.key (PORTAL_PASSPORT_KEY)"));
        } else if (env.getProperty("portal.demo.enabled", Boolean.class, false)) {
            currentId = DEMO_KEY_ID;
            keys.put(currentId, demoKey(env));
        } else {
            throw new PassportKeyMisconfigured("portal.passport.key (PORTAL_PASSPORT_KEY) is not set; passport numbers "
                    + "are encrypted with it");
        }
        try {
            return new PassportCipher(currentId, keys);
        } catch (IllegalArgumentException e) {
            throw new PassportKeyMisconfigured(e.getMessage());
        }
    }

    /** The demo key: kept beside the embedded data (generated on the first start), or in memory for a test database. */
    private static byte[] demoKey(Environment env) {
        if (env.getProperty("portal.embedded.ephemeral", Boolean.class, false)
                && "embedded".equals(env.getProperty("portal.database.mode"))) {
            byte[] key = new byte[PassportCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
        Path dir = Path.of(env.getProperty("portal.embedded.directory",
                Path.of(System.getProperty("user.home"), ".export-alliance-portal").toString()));
        Path file = dir.resolve(DEMO_KEY_FILE);
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                log.info("No portal.passport.key: demo mode uses the passport key in {}", file);
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            byte[] key = new byte[PassportCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            // Written aside, then linked into place: an instance starting at the same moment sees the whole key
            // or none, and exactly one key wins.
            Path draft = Files.createTempFile(dir, DEMO_KEY_FILE, ".new");
            try {
                try {
                    Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system; the directory's own permissions protect it.
                }
                Files.writeString(draft, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                Files.createLink(file, draft);
                log.warn("No portal.passport.key: demo mode generated a passport key in {} (set PORTAL_PASSPORT_KEY "
                        + "outside the demo)", file);
                return key;
            } catch (FileAlreadyExistsException e) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new PassportKeyMisconfigured("portal.passport.key is not set and the demo passport key file " + file
                    + " cannot be used (" + e.getMessage() + ")");
        }
    }

    static Map<String, byte[]> previousKeys(String setting) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new PassportKeyMisconfigured("portal.passport.previous-keys must look like id:base64,id:base64");
            }
            String id = entry.substring(0, colon).strip();
            keys.put(id, decode(entry.substring(colon + 1).strip(), "portal.passport.previous-keys (" + id + ")"));
        }
        return keys;
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new PassportKeyMisconfigured(where + " is not valid base64");
        }
        if (key.length != PassportCipher.KEY_BYTES) {
            throw new PassportKeyMisconfigured(where + " must be 32 bytes in base64, but has " + key.length
                    + " bytes");
        }
        return key;
    }
}
