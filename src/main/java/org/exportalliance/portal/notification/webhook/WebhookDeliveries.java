package org.exportalliance.portal.notification.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The delivery log of an endpoint, and "send again", for whoever may keep the endpoint. */
@Service
public class WebhookDeliveries {

    private static final int MAX = 200;

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final AuditService audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    WebhookDeliveries(WebhookEndpoints endpoints, WebhookDeliveryRepository deliveries, AuditService audit,
            TransactionalOperator tx, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The endpoint's latest deliveries (at most {@code limit}, up to 200), newest first, with their attempts. */
    public Mono<List<DeliveryRecord>> of(Actor actor, UUID endpointId, int limit) {
        return endpoints.find(actor, endpointId)
                .flatMap(e -> deliveries.ofEndpoint(endpointId, Math.clamp(limit, 1, MAX)).collectList())
                .flatMap(this::withAttempts);
    }

    private Mono<List<DeliveryRecord>> withAttempts(List<DeliveryRecord> found) {
        return found.isEmpty() ? Mono.just(found)
                : deliveries.attemptsOf(found.stream().map(DeliveryRecord::id).toList())
                        .collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
                        .map(attempts -> withAttempts(found, attempts));
    }

    /**
     * The newest delivery of each endpoint the actor keeps, with its attempts, by endpoint: what the list of endpoints
     * shows as each one's last outcome.
     */
    public Mono<Map<UUID, DeliveryRecord>> latest(Actor actor) {
        return endpoints.list(actor).map(WebhookEndpoint::id).collectList()
                .flatMap(ids -> ids.isEmpty() ? Mono.just(List.<DeliveryRecord>of())
                        : deliveries.latestOf(ids).collectList().flatMap(this::withAttempts))
                .map(found -> {
                    Map<UUID, DeliveryRecord> byEndpoint = new LinkedHashMap<>();
                    found.forEach(d -> byEndpoint.put(d.endpointId(), d));
                    return byEndpoint;
                });
    }

    /**
     * Sends a delivery of the endpoint once more, now (its webhook-id unchanged, so the receiver can tell a repeat).
     */
    public Mono<Void> again(Actor actor, UUID endpointId, String deliveryId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return WebhookEndpoints.permitted(actor)
                .then(Mono.defer(() -> deliveries.endpointOf(deliveryId)))
                .filter(endpointId::equals)
                .switchIfEmpty(Mono.error(WebhookDeliveryNotFound::new))
                .flatMap(owner -> endpoints.find(actor, owner)
                        .onErrorMap(WebhookEndpointNotFound.class, e -> new WebhookDeliveryNotFound()))
                .flatMap(endpoint -> tx.transactional(deliveries.again(deliveryId, now)
                        .then(audit.record(actor.userId(), "webhook.redelivered", WebhookEndpoints.SUBJECT,
                                endpoint.id(), deliveryId))));
    }

    private static List<DeliveryRecord> withAttempts(List<DeliveryRecord> found,
            Map<String, ? extends java.util.Collection<DeliveryRecord.Attempt>> attempts) {
        List<DeliveryRecord> out = new ArrayList<>(found.size());
        for (DeliveryRecord d : found) {
            out.add(new DeliveryRecord(d.id(), d.endpointId(), d.eventType(), d.status(), d.attempts(), d.nextAt(),
                    d.createdAt(), attempts.containsKey(d.id()) ? List.copyOf(attempts.get(d.id())) : List.of()));
        }
        return out;
    }
}
