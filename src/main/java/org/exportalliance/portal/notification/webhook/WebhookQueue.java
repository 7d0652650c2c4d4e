package org.exportalliance.portal.notification.webhook;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Queues a webhook event within another statement of the caller's transaction: a change that already writes rows (a
 * notification and its notices) includes {@link #ENQUEUE} and {@link #bind}s the event, and so queues the deliveries
 * without a round trip of its own ({@link WebhookEvents#publish} queues one alone). {@link WebhookDispatch} sends
 * them later.
 */
public final class WebhookQueue {

    /**
     * One delivery, due now, per enabled endpoint that wants the event's type and may see the firm's records: the
     * firm's own endpoints and the alliance-wide ones. Its parameters are {@code :hookFirm}, {@code :hookType},
     * {@code :hookBody} and {@code :hookAt} ({@link #bind}), prefixed so that they cannot clash with the including
     * statement's.
     */
    public static final String ENQUEUE = """
            insert into webhook_delivery (id, endpoint_id, event_type, body, status, next_at, created_at)
            select 'msg_' || replace(gen_random_uuid()::text, '-', ''), e.id, :hookType, :hookBody, 'PENDING',
                   :hookAt, :hookAt
            from webhook_endpoint e
            where e.enabled and :hookType = any (e.events) and (e.firm_id = :hookFirm or e.firm_id is null)""";

    private WebhookQueue() {}

    /** Binds {@code event} to a statement that includes {@link #ENQUEUE}. */
    public static GenericExecuteSpec bind(GenericExecuteSpec spec, WebhookEvent event) {
        return spec.bind("hookFirm", event.firmId()).bind("hookType", event.type().wireName())
                .bind("hookBody", event.body()).bind("hookAt", event.at());
    }
}
