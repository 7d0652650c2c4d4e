package org.exportalliance.portal.platform.refusal;

/** Somebody else changed the record since it was read; the user should reload and retry. */
public class ChangedConcurrently extends Refusal {
    public ChangedConcurrently() {
        super(409, "error.changed-concurrently");
    }
}
