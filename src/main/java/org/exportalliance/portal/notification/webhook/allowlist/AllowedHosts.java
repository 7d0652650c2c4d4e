package org.exportalliance.portal.notification.webhook.allowlist;

import java.time.Clock;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.notification.webhook.HostPattern;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff keep the webhook allow-list: the hosts and address blocks an endpoint may reach although they lie in a
 * private network (the config's {@code portal.webhooks.allowed-hosts} still counts besides). Every change is audited
 * and announced in its transaction; the guard sees it on every instance once it commits ({@link
 * AllowedHostSnapshots}), at registration and at the next send alike.
 */
@Service
public class AllowedHosts {

    public static final String TOPIC = "webhook_allowed_host";

    private final AllowedHostRepository hosts;
    private final Changes changes;
    private final LiveEvents live;
    private final TransactionalOperator tx;
    private final Clock clock;

    AllowedHosts(AllowedHostRepository hosts, Changes changes, LiveEvents live, TransactionalOperator tx,
            Clock clock) {
        this.hosts = hosts;
        this.changes = changes;
        this.live = live;
        this.tx = tx;
        this.clock = clock;
    }

    /** The list, address blocks then host names, each in order (staff only). */
    public Flux<AllowedHost> list(Actor actor) {
        return Checks.staffOnly(actor).thenMany(Flux.defer(hosts::all));
    }

    /** Adds a host name, an address or a CIDR block, as {@link AllowedHostRules} allow. */
    public Mono<AllowedHost> add(Actor actor, AllowedHostDraft draft) {
        return Checks.staffOnly(actor)
                .then(Checks.valid(AllowedHostRules.check(draft)))
                .then(Mono.defer(() -> {
                    HostPattern pattern = AllowedHostRules.pattern(draft);
                    AllowedHost.Kind kind = pattern instanceof HostPattern.Block ? AllowedHost.Kind.BLOCK
                            : AllowedHost.Kind.NAME;
                    String note = draft.note() == null ? "" : draft.note().strip();
                    return tx.transactional(hosts.insert(UUID.randomUUID(), pattern.text(), kind, note,
                                    actor.userId(), clock.instant())
                            .switchIfEmpty(Mono.error(() -> new AllowedHostListed(pattern.text())))
                            .flatMap(added -> changes.record(actor.userId(), TOPIC + ".added", TOPIC, added.id(),
                                    added.entry()).thenReturn(added)));
                }));
    }

    /** Takes an entry off the list: endpoints behind it are refused from the next check and the next send. */
    public Mono<AllowedHost> remove(Actor actor, UUID id) {
        return Checks.staffOnly(actor)
                .then(tx.transactional(Mono.defer(() -> hosts.delete(id))
                        .switchIfEmpty(Mono.error(AllowedHostNotFound::new))
                        .flatMap(removed -> changes.record(actor.userId(), TOPIC + ".removed", TOPIC, removed.id(),
                                removed.entry()).thenReturn(removed))));
    }

    /** Changes to the list on any instance, plus resync signals. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }
}
