package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such delivery, or one of an endpoint the actor may not see. */
public class WebhookDeliveryNotFound extends Refusal {
    public WebhookDeliveryNotFound() {
        super(404, "webhook.delivery.not-found");
    }
}
