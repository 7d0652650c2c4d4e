package org.exportalliance.portal.notification.webhook;

/** An endpoint just created or rotated, with its new secret: the only time the secret is shown. */
public record CreatedEndpoint(WebhookEndpoint endpoint, WebhookSecret secret) {}
