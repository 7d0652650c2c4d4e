package org.exportalliance.portal.platform.crypto;

/** A sealing key's settings are missing or wrong; the message says what to set. */
public class SealingKeyMisconfigured extends RuntimeException {
    public SealingKeyMisconfigured(String message) {
        super(message);
    }
}
