package org.exportalliance.portal.notification.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event about {@code firmId}'s records, ready to be queued for the endpoints that may receive it: {@code body} is
 * the Standard Webhooks body ({@code type}, {@code timestamp}, {@code data}) stamped {@code at}. Made by
 * {@link WebhookEvents#prepare}.
 */
public record WebhookEvent(UUID firmId, WebhookEventType type, String body, OffsetDateTime at) {}
