package org.exportalliance.portal.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registering webhook endpoints: a firm admin for their firm, staff for the whole alliance. The address passes
 * {@link EndpointGuard} when saved (and again at every send). The secret is shown once, on creation and on rotation; a
 * rotation keeps the previous secret signing for an overlap ({@code portal.webhooks.rotation-overlap}, 24 h).
 */
@Service
public class WebhookEndpoints {

    static final String SUBJECT = "webhook";

    private final WebhookEndpointRepository endpoints;
    private final WebhookSecretCipher cipher;
    private final EndpointGuard guard;
    private final AuditService audit;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Duration overlap;

    WebhookEndpoints(WebhookEndpointRepository endpoints, WebhookSecretCipher cipher, EndpointGuard guard,
            AuditService audit, TransactionalOperator tx, Clock clock,
            @Value("${portal.webhooks.rotation-overlap:PT24H}") Duration overlap) {
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.guard = guard;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.overlap = overlap;
    }

    /** The actor's firm's endpoints; staff see every endpoint. */
    public Flux<WebhookEndpoint> list(Actor actor) {
        return permitted(actor).thenMany(Flux.defer(() -> endpoints.list(actor.firmScope())));
    }

    public Mono<WebhookEndpoint> find(Actor actor, UUID id) {
        return permitted(actor).then(Mono.defer(() -> endpoints.find(id, actor.firmScope())))
                .switchIfEmpty(Mono.error(WebhookEndpointNotFound::new));
    }

    /** A new endpoint, for the admin's firm or (staff) the alliance, with its secret shown this once. */
    public Mono<CreatedEndpoint> create(Actor actor, WebhookEndpointDraft draft) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return permitted(actor)
                .then(Checks.valid(WebhookEndpointRules.check(draft)))
                .then(Mono.defer(() -> guard.check(draft.url())))
                .zipWith(WebhookSecret.generate())
                .flatMap(checked -> tx.transactional(endpoints.insert(id, actor.isStaff() ? null : actor.firmId(),
                                checked.getT1().toString(), description(draft), List.copyOf(draft.events()),
                                cipher.keyId(), cipher.seal(id, checked.getT2()), actor.userId(), now)
                        .then(audit.record(actor.userId(), "webhook.created", SUBJECT, id, null))
                        .then(endpoints.find(id, null)))
                        .map(endpoint -> new CreatedEndpoint(endpoint, checked.getT2())));
    }

    /** Changes the address, note, events or whether it is enabled, at the version the editor saw. */
    public Mono<WebhookEndpoint> update(Actor actor, UUID id, long version, WebhookEndpointDraft draft,
            boolean enabled) {
        return find(actor, id)
                .flatMap(before -> keptByStaff(actor, before, draft))
                .flatMap(before -> Checks.valid(WebhookEndpointRules.check(draft))
                        .then(Mono.defer(() -> guard.check(draft.url())))
                        .flatMap(url -> tx.transactional(endpoints.update(id, version, url.toString(),
                                        description(draft), List.copyOf(draft.events()), enabled)
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                                .then(audit.record(actor.userId(), "webhook.updated", SUBJECT, id, null))
                                .then(endpoints.find(id, null)))));
    }

    /** A new secret, shown this once; the previous one keeps signing beside it until the overlap ends. */
    public Mono<CreatedEndpoint> rotate(Actor actor, UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return find(actor, id)
                .flatMap(found -> ownedBy(actor, found) ? Mono.just(found) : Mono.<WebhookEndpoint>error(
                        new NotPermitted()))
                .zipWith(WebhookSecret.generate())
                .flatMap(found -> tx.transactional(endpoints.signing(id)
                        .flatMap(s -> endpoints.rotate(id, cipher.keyId(), cipher.seal(id, found.getT2()),
                                cipher.seal(id, cipher.open(id, s.keyId(), s.secret())), now.plus(overlap)))
                        .then(audit.record(actor.userId(), "webhook.rotated", SUBJECT, id, null))
                        .then(endpoints.find(id, null)))
                        .map(endpoint -> new CreatedEndpoint(endpoint, found.getT2())));
    }

    public Mono<Void> delete(Actor actor, UUID id) {
        return find(actor, id)
                .flatMap(found -> tx.transactional(endpoints.delete(id)
                        .then(audit.record(actor.userId(), "webhook.deleted", SUBJECT, id, null))));
    }

    /** How long the previous secret keeps signing after a rotation, for the page that asks before rotating. */
    public Duration rotationOverlap() {
        return overlap;
    }

    /** The secrets an endpoint signs with now: its current one, and the previous one while the overlap lasts. */
    List<WebhookSecret> secretsOf(WebhookEndpointRepository.Signing s, OffsetDateTime now) {
        WebhookSecret current = cipher.open(s.id(), s.keyId(), s.secret());
        if (s.previous() == null || s.previousUntil() == null || !now.isBefore(s.previousUntil())) {
            return List.of(current);
        }
        return List.of(current, cipher.open(s.id(), s.keyId(), s.previous()));
    }

    /**
     * A firm's endpoint is its admins' to point and to sign: staff, who see every endpoint, may switch one off or
     * remove it, but never learn its secret (rotating) or send the firm's events elsewhere (address or events).
     */
    public static boolean ownedBy(Actor actor, WebhookEndpoint endpoint) {
        return endpoint.firmId() == null ? actor.isStaff() : endpoint.firmId().equals(actor.firmId());
    }

    private static Mono<WebhookEndpoint> keptByStaff(Actor actor, WebhookEndpoint before, WebhookEndpointDraft draft) {
        boolean same = before.url().equals(draft.url()) && draft.events() != null
                && new HashSet<>(before.events()).equals(new HashSet<>(draft.events()));
        return ownedBy(actor, before) || same ? Mono.just(before) : Mono.error(new NotPermitted());
    }

    /** Firm admins (for their firm) and staff (for the alliance) keep endpoints; nobody else sees them. */
    static Mono<Void> permitted(Actor actor) {
        return actor.isStaff() || actor.has(Role.FIRM_ADMIN) ? Mono.empty() : Mono.error(new NotPermitted());
    }

    private static String description(WebhookEndpointDraft draft) {
        @Nullable String text = draft.description();
        return text == null ? "" : text.strip();
    }
}
