package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such endpoint, or one of another firm (which an actor may not learn exists). */
public class WebhookEndpointNotFound extends Refusal {
    public WebhookEndpointNotFound() {
        super(404, "webhook.endpoint.not-found");
    }
}
