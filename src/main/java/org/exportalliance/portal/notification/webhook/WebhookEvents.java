package org.exportalliance.portal.notification.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where features announce what receivers may hear: called in the transaction of the change, so a change rolled back
 * sends nothing. Each enabled endpoint that wants the event and may see the firm's records (the firm's own, and the
 * alliance-wide ones) gets a delivery, sent by {@link WebhookDispatch}. {@code data} is a small record of what
 * changed, never contact details or passport numbers; the body is Standard Webhooks' {@code type}, {@code timestamp}
 * and {@code data}.
 */
@Component
public class WebhookEvents {

    private final WebhookDeliveryRepository deliveries;
    private final JsonMapper json;
    private final Clock clock;

    WebhookEvents(WebhookDeliveryRepository deliveries, JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the event for every endpoint that may receive it about {@code firmId}'s records. */
    public Mono<Void> publish(UUID firmId, WebhookEventType type, Object data) {
        return Mono.fromCallable(() -> prepare(firmId, type, data)).flatMap(deliveries::enqueue).then();
    }

    /**
     * The event with its body, stamped now, for a statement that queues it along with other rows
     * ({@link WebhookQueue}); {@link #publish} queues it on its own.
     */
    public WebhookEvent prepare(UUID firmId, WebhookEventType type, Object data) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wireName());
        body.put("timestamp", now.toInstant().toString());
        body.put("data", data);
        return new WebhookEvent(firmId, type, json.writeValueAsString(body), now);
    }
}
