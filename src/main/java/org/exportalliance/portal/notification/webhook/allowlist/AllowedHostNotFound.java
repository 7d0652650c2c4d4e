package org.exportalliance.portal.notification.webhook.allowlist;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such entry on the allow-list (someone removed it meanwhile). */
public class AllowedHostNotFound extends Refusal {
    public AllowedHostNotFound() {
        super(404, "webhook.allowlist.not-found");
    }
}
