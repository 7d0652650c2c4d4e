package org.exportalliance.portal.request;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.notification.webhook.WebhookEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * How every step on a request is taken, in one transaction: read it in the actor's scope at the version the actor
 * saw, decide the new state, check the step is allowed from where it stands, write it only if nobody changed it
 * meanwhile, add the event to its history, and record and announce it. Then tell the people it concerns.
 */
@Component
class RequestSteps {

    static final String TOPIC = RequestService.TOPIC;

    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final RequestNotices notices;
    private final Changes changes;
    private final WebhookEvents webhooks;
    private final TransactionalOperator tx;

    RequestSteps(RequestRepository requests, RequestEventRepository events, RequestNotices notices, Changes changes,
            WebhookEvents webhooks, TransactionalOperator tx) {
        this.webhooks = webhooks;
        this.requests = requests;
        this.events = events;
        this.notices = notices;
        this.changes = changes;
        this.tx = tx;
    }

    /** A step decided by {@code decide} from the request as read; the event records {@code body} if any. */
    Mono<ServiceRequest> take(Actor actor, UUID id, long version, RequestEvent.Kind kind, @Nullable String body,
            boolean internal, OffsetDateTime now, Function<ServiceRequest, Mono<RequestState>> decide) {
        return tx.transactional(requests.find(actor, id)
                        .switchIfEmpty(Mono.error(RequestNotFound::new))
                        .flatMap(before -> before.version() != version ? Mono.error(new ChangedConcurrently())
                                : decide.apply(before).flatMap(after -> write(actor.userId(), before, after, kind,
                                        body, internal, now))))
                .flatMap(saved -> notices.after(saved.getT1(), saved.getT2()).thenReturn(saved.getT2()));
    }

    /** A step the portal takes itself (closing an unconfirmed resolution), with no actor and no version read. */
    Mono<ServiceRequest> system(UUID id, RequestEvent.Kind kind, OffsetDateTime now,
            Function<ServiceRequest, Mono<RequestState>> decide) {
        return tx.transactional(requests.find(id)
                        .flatMap(before -> decide.apply(before)
                                .flatMap(after -> write(null, before, after, kind, null, false, now))))
                .flatMap(saved -> notices.after(saved.getT1(), saved.getT2()).thenReturn(saved.getT2()));
    }

    /** The trail's entry and the live event of a step written by the caller (filing). */
    Mono<Void> recorded(Actor actor, RequestEvent event) {
        return changes.record(actor.userId(), action(event.kind()), TOPIC, event.requestId(),
                event.status() == null ? null : event.status().name());
    }

    /**
     * A step that leaves the status as it is (a quote, its acceptance, a file): its event, trail entry and live
     * event, and the notices of its kind. {@code write} is the step's own change, in the same transaction.
     */
    Mono<RequestEvent> event(Actor actor, ServiceRequest request, RequestEvent.Kind kind, @Nullable String body,
            boolean internal, OffsetDateTime now, Mono<?> write) {
        RequestEvent event = new RequestEvent(UUID.randomUUID(), request.id(), now, actor.userId(), kind, null, body,
                internal);
        return tx.transactional(write.then(events.insert(event))
                        .flatMap(saved -> changes.record(actor.userId(), action(kind), TOPIC, request.id(), null)
                                .then(internal ? Mono.<Void>empty() : webhooks.publish(request.firmId(),
                                        WebhookEventType.REQUEST_UPDATED, RequestUpdated.of(request, kind, now)))
                                .thenReturn(saved)))
                .flatMap(saved -> (internal ? Mono.<Void>empty() : notices.after(saved, request)).thenReturn(saved));
    }

    /** A comment or note: history only, the request's state as it is. */
    Mono<RequestEvent> remark(Actor actor, ServiceRequest request, RequestEvent.Kind kind, String body,
            boolean internal, OffsetDateTime now) {
        RequestEvent event = new RequestEvent(UUID.randomUUID(), request.id(), now, actor.userId(), kind, null, body,
                internal);
        return tx.transactional(events.insert(event)
                        .flatMap(saved -> changes.record(actor.userId(), action(kind), TOPIC, request.id(), null)
                                .thenReturn(saved)))
                .flatMap(saved -> notices.remark(request, saved, ofTheFirm(actor, request)).thenReturn(saved));
    }

    private Mono<reactor.util.function.Tuple2<RequestEvent, ServiceRequest>> write(@Nullable UUID actorId,
            ServiceRequest before, RequestState after, RequestEvent.Kind kind, @Nullable String body,
            boolean internal, OffsetDateTime now) {
        if (after.status() != before.status() && !before.status().mayMoveTo(after.status())) {
            return Mono.error(new IllegalRequestStep(before.status(), after.status()));
        }
        RequestEvent event = new RequestEvent(UUID.randomUUID(), before.id(), now, actorId, kind, after.status(),
                body, internal);
        return requests.save(before, after, now)
                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                .then(events.insert(event))
                .then(changes.record(actorId, action(kind), TOPIC, before.id(), after.status().name()))
                .then(requests.find(before.id()))
                .flatMap(saved -> webhooks.publish(saved.firmId(), WebhookEventType.REQUEST_UPDATED,
                                RequestUpdated.of(saved, kind, now))
                        .thenReturn(reactor.util.function.Tuples.of(event, saved)));
    }

    /** The actor is one of the filing firm's own people (not staff, not a unit member of another firm). */
    static boolean ofTheFirm(Actor actor, ServiceRequest request) {
        return !actor.isStaff() && actor.firmId().equals(request.firmId());
    }

    static String action(RequestEvent.Kind kind) {
        return "request." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
