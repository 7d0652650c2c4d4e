package org.exportalliance.portal.platform.crypto;

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
import org.springframework.core.env.Environment;

/**
 * Where a set of sealing keys comes from, for one use named by its settings prefix ({@code portal.passport},
 * {@code portal.channels}).
 * <ul>
 * <li>{@code <prefix>.key} (base64 of 32 bytes) with its id {@code <prefix>.key-id} (default {@code 1}) seals new
 * values; {@code <prefix>.previous-keys} ({@code id:base64,id:base64}) still opens older rows.</li>
 * <li>Without a key, demo mode generates one once and keeps it beside the embedded database's data
 * ({@code <portal.embedded.directory>/<demo file>}, id {@code demo}); a throw-away test database gets a throw-away
 * key held in memory.</li>
 * <li>Outside demo mode a missing key stops the start ({@link SealingKeyMisconfigured}).</li>
 * </ul>
 */
public record SealingKeys(String currentId, Map<String, byte[]> keys) {

    public static final String DEMO_KEY_ID = "demo";
    private static final Logger log = LoggerFactory.getLogger(SealingKeys.class);

    /** The keys of {@code prefix}; {@code variable} and {@code what} only name the setting in messages. */
    public static SealingKeys load(Environment env, String prefix, String variable, String demoFile, String what) {
        Map<String, byte[]> keys = new LinkedHashMap<>(previousKeys(env.getProperty(prefix + ".previous-keys", ""),
                prefix));
        String configured = env.getProperty(prefix + ".key", "").strip();
        String currentId;
        if (!configured.isEmpty()) {
            currentId = env.getProperty(prefix + ".key-id", "1").strip();
            keys.put(currentId, decode(configured, prefix + ".key (" + variable + ")"));
        } else if (env.getProperty("portal.demo.enabled", Boolean.class, false)) {
            currentId = DEMO_KEY_ID;
            keys.put(currentId, demoKey(env, prefix, variable, demoFile));
        } else {
            throw new SealingKeyMisconfigured(prefix + ".key (" + variable + ") is not set; " + what
                    + " are encrypted with it");
        }
        return new SealingKeys(currentId, keys);
    }

    /** The demo key: kept beside the embedded data (generated on the first start), or in memory for a test database. */
    private static byte[] demoKey(Environment env, String prefix, String variable, String demoFile) {
        if (env.getProperty("portal.embedded.ephemeral", Boolean.class, false)
                && "embedded".equals(env.getProperty("portal.database.mode"))) {
            byte[] key = new byte[KeyedCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
        Path dir = Path.of(env.getProperty("portal.embedded.directory",
                Path.of(System.getProperty("user.home"), ".export-alliance-portal").toString()));
        Path file = dir.resolve(demoFile);
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                log.info("No {}.key: demo mode uses the key in {}", prefix, file);
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            byte[] key = new byte[KeyedCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            // Written aside, then linked into place: an instance starting at the same moment sees the whole key
            // or none, and exactly one key wins.
            Path draft = Files.createTempFile(dir, demoFile, ".new");
            try {
                try {
                    Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system; the directory's own permissions protect it.
                }
                Files.writeString(draft, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                Files.createLink(file, draft);
                log.warn("No {}.key: demo mode generated a key in {} (set {} outside the demo)", prefix, file,
                        variable);
                return key;
            } catch (FileAlreadyExistsException e) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new SealingKeyMisconfigured(prefix + ".key is not set and the demo key file " + file
                    + " cannot be used (" + e.getMessage() + ")");
        }
    }

    /** {@code id:base64,id:base64}, as in {@code <prefix>.previous-keys}. */
    public static Map<String, byte[]> previousKeys(String setting, String prefix) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new SealingKeyMisconfigured(prefix + ".previous-keys must look like id:base64,id:base64");
            }
            String id = entry.substring(0, colon).strip();
            keys.put(id, decode(entry.substring(colon + 1).strip(), prefix + ".previous-keys (" + id + ")"));
        }
        return keys;
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SealingKeyMisconfigured(where + " is not valid base64");
        }
        if (key.length != KeyedCipher.KEY_BYTES) {
            throw new SealingKeyMisconfigured(where + " must be 32 bytes in base64, but has " + key.length
                    + " bytes");
        }
        return key;
    }
}
