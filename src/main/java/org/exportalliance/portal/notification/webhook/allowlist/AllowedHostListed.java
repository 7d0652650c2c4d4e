package org.exportalliance.portal.notification.webhook.allowlist;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The entry is on the allow-list already, perhaps spelt differently ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}). */
public class AllowedHostListed extends Refusal {
    public AllowedHostListed(String entry) {
        super(409, "webhook.allowlist.listed", entry);
    }
}
