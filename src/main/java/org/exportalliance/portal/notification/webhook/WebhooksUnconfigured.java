package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No {@code portal.webhooks.key} is configured, so no endpoint secret can be stored or read. */
public class WebhooksUnconfigured extends Refusal {
    public WebhooksUnconfigured() {
        super(503, "webhook.unconfigured");
    }
}
