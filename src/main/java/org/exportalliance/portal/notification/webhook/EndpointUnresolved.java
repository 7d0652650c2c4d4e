package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The endpoint's host name does not resolve to any address (now). */
public class EndpointUnresolved extends Refusal {
    public EndpointUnresolved() {
        super(422, "webhook.endpoint.unresolved");
    }
}
