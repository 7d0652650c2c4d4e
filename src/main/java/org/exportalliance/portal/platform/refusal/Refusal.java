package org.exportalliance.portal.platform.refusal;

/**
 * A domain's "no": the request was understood and refused for a reason the user can act on. Each refusal names a
 * message key (localised in the UI and in API problem details) and the HTTP status it maps to.
 */
public abstract class Refusal extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    protected Refusal(int status, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Machine-readable facts an API client needs besides the message; none by default. */
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }
}
