package org.exportalliance.portal.notification.webhook;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Queues a webhook event within another statement of the caller's transaction: a change that already writes rows (a
 * notification and its notices) includes {@link #ENQUEUE} and {@link #bind}s the event, and so queues the deliveries
 * without a round trip of its own. {@link WebhookDispatch} sends them later.
 */
public final class WebhookQueue {

    /**
     * The insert of one delivery per endpoint that may receive the event; its parameters are {@code :hookFirm},
     * {@code :hookType}, {@code :hookBody} and {@code :hookAt}.
     */
    public static final String ENQUEUE = WebhookDeliveryRepository.ENQUEUE;

    private WebhookQueue() {}

    /** Binds {@code event} to a statement that includes {@link #ENQUEUE}. */
    public static GenericExecuteSpec bind(GenericExecuteSpec spec, WebhookEvent event) {
        return spec.bind("hookFirm", event.firmId()).bind("hookType", event.type().wireName())
                .bind("hookBody", event.body()).bind("hookAt", event.at());
    }
}
