package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The endpoint is not a usable web address (no host, spaces, user name or password in it). */
public class EndpointMalformed extends Refusal {
    public EndpointMalformed() {
        super(422, "webhook.endpoint.malformed");
    }
}
