package org.exportalliance.portal.notification.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint may subscribe to, by the names receivers see in the payload's {@code type}. */
public enum WebhookEventType {
    ORDER_STAGE_CHANGED("order.stage_changed"),
    APPLICATION_DECIDED("application.decided"),
    CLAIM_DECIDED("claim.decided"),
    REQUEST_UPDATED("request.updated"),
    DELEGATION_STATUS_CHANGED("delegation.status_changed");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The event's label in the reader's language ({@code webhook.event.order.stage_changed}, …). */
    public String messageKey() {
        return "webhook.event." + wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
