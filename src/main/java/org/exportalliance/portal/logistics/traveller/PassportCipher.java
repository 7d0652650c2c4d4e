package org.exportalliance.portal.logistics.traveller;

import java.util.Map;
import org.exportalliance.portal.platform.crypto.KeyedCipher;

/**
 * Passport numbers at rest: {@link KeyedCipher} under the passport keys ({@code portal.passport.*}), the traveller's
 * id as associated data (a ciphertext copied onto another traveller's row does not decrypt). {@link
 * PassportKeyRotation} moves rows sealed with an older key to the current one.
 */
public final class PassportCipher extends KeyedCipher {

    /** {@code keys} by id; {@code currentKeyId} names the one new numbers are sealed with. */
    PassportCipher(String currentKeyId, Map<String, byte[]> keys) {
        super("portal.passport", currentKeyId, keys, "passport-number-digest");
    }
}
