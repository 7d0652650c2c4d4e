package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The endpoint is not an http or https address. */
public class EndpointSchemeRefused extends Refusal {
    public EndpointSchemeRefused() {
        super(422, "webhook.endpoint.scheme");
    }
}
