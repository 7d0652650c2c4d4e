package org.exportalliance.portal.logistics.traveller;

/** The passport key settings are missing or wrong; the message says what to set. */
public class PassportKeyMisconfigured extends RuntimeException {
    public PassportKeyMisconfigured(String message) {
        super(message);
    }
}
