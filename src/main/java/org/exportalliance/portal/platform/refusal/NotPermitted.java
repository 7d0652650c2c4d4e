package org.exportalliance.portal.platform.refusal;

/** The actor's role does not allow this action. */
public class NotPermitted extends Refusal {
    public NotPermitted() {
        super(403, "error.not-permitted");
    }
}
