package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The link is unknown, used already, or expired. */
public class LinkUnusable extends Refusal {
    public LinkUnusable() {
        super(410, "account.link.unusable");
    }
}
