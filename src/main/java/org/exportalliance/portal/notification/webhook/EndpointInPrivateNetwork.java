package org.exportalliance.portal.notification.webhook;

import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * The endpoint's host resolves to an address in a private network, the portal's own host or a cloud metadata
 * service ({@link EndpointGuard}).
 */
public class EndpointInPrivateNetwork extends Refusal {
    public EndpointInPrivateNetwork() {
        super(422, "webhook.endpoint.private-network");
    }
}
