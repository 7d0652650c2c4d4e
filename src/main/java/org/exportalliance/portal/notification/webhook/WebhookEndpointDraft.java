package org.exportalliance.portal.notification.webhook;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a firm admin or staff enters for an endpoint: its address, a note, and the events it wants. */
public record WebhookEndpointDraft(@Nullable String url, @Nullable String description,
        @Nullable List<WebhookEventType> events) {}
