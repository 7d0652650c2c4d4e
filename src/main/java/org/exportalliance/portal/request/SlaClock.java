package org.exportalliance.portal.request;

/**
 * The three clocks a request runs on: staff accept it (from filing), a unit member takes it (from dispatch), the unit
 * resolves it (from acceptance, paused while it waits on the firm and while the firm considers a resolution).
 */
public enum SlaClock {
    ACCEPT,
    TAKE,
    RESOLVE;

    public String messageKey() {
        return "request.clock." + name();
    }
}
