package org.exportalliance.portal.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.Checks;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff's triage (链上派单): accept a new request into the queue (its resolve clock starts) or return it with a
 * reason; set its priority (the running clocks move with it); dispatch it to a unit, or again to another (the take
 * clock starts anew). Staff only.
 */
@Service
public class RequestTriage {

    private final RequestSteps steps;
    private final ResponderRepository units;
    private final RequestRepository requests;
    private final SlaClocks sla;
    private final Clock clock;

    RequestTriage(RequestSteps steps, ResponderRepository units, RequestRepository requests, SlaClocks sla,
            Clock clock) {
        this.steps = steps;
        this.units = units;
        this.requests = requests;
        this.sla = sla;
        this.clock = clock;
    }

    public Mono<ServiceRequest> accept(Actor actor, UUID id, long version) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Checks.staffOnly(actor).then(steps.take(actor, id, version, RequestEvent.Kind.ACCEPTED, null, false,
                now, r -> Mono.zip(sla.target(r.category(), r.state().priority()), sla.workingTime())
                        .map(t -> {
                            OffsetDateTime acceptDue = r.state().acceptDueAt();
                            long spent = t.getT2().elapsed(r.filedAt().toInstant(), now.toInstant()).toSeconds();
                            boolean met = acceptDue == null || !now.isAfter(acceptDue);
                            return r.state().change().status(RequestStatus.QUEUED).acceptedAt(now).acceptDue(null)
                                    .resolveDue(SlaClocks.at(t.getT2(), now, t.getT1().resolve()))
                                    .outcome(r.state().outcome().accepted(spent, met)).done();
                        })));
    }

    public Mono<ServiceRequest> returnToFirm(Actor actor, UUID id, long version, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String why = reason == null ? null : reason.strip();
        return Checks.staffOnly(actor)
                .then(Checks.valid(RequestRules.text("reason", reason, RequestRules.MAX_REASON)))
                .then(steps.take(actor, id, version, RequestEvent.Kind.RETURNED, why, false, now,
                        r -> Mono.just(r.state().change().status(RequestStatus.RETURNED).returnReason(why)
                                .acceptDue(null).done())));
    }

    /** A new priority: each running clock keeps the working time it has spent, against the new target. */
    public Mono<ServiceRequest> prioritise(Actor actor, UUID id, long version, Priority priority) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Checks.staffOnly(actor).then(steps.take(actor, id, version, RequestEvent.Kind.PRIORITISED,
                priority.name(), false, now, r -> Mono.zip(sla.target(r.category(), r.state().priority()),
                                sla.target(r.category(), priority), sla.workingTime())
                        .map(t -> {
                            RequestState s = r.state();
                            RequestState.Change c = s.change().priority(priority);
                            for (SlaClock running : SlaClock.values()) {
                                OffsetDateTime due = s.dueAt(running);
                                if (due != null) {
                                    c.due(running, SlaClocks.moved(t.getT3(), now, due, t.getT1().of(running),
                                            t.getT2().of(running)));
                                }
                            }
                            if (s.resolveLeftSeconds() != null) {
                                c.resolveLeft(SlaClocks.movedLeft(s.resolveLeftSeconds(), t.getT1().resolve(),
                                        t.getT2().resolve()));
                            }
                            return c.done();
                        })));
    }

    /** To {@code unitId}, which must take requests: from the queue, or from another unit (re-dispatch). */
    public Mono<ServiceRequest> dispatch(Actor actor, UUID id, long version, UUID unitId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Checks.staffOnly(actor)
                .then(units.find(unitId).filter(ResponderUnit::active).switchIfEmpty(Mono.error(UnitNotFound::new)))
                .flatMap(unit -> steps.take(actor, id, version, RequestEvent.Kind.DISPATCHED, unit.nameZh(), false,
                        now, r -> sla.target(r.category(), r.state().priority())
                                .flatMap(target -> sla.due(now, target.take()))
                                .map(due -> r.state().change().status(RequestStatus.DISPATCHED).unit(unitId)
                                        .takenBy(null).takenAt(null).dispatchedAt(now).takeDue(due).nextRound()
                                        .done())));
    }

    /**
     * The units that serve the request's category first, each with the requests it has in hand, lightest first;
     * then the other active units.
     */
    public Flux<UnitSuggestion> suggestions(Actor actor, String category) {
        return Checks.staffOnly(actor).then(requests.openLoad())
                .flatMapMany(load -> units.all().filter(ResponderUnit::active)
                        .map(u -> new UnitSuggestion(u, u.categories().contains(category),
                                load.getOrDefault(u.id(), 0L))))
                .sort(Comparator.comparing((UnitSuggestion s) -> !s.serves()).thenComparing(UnitSuggestion::open));
    }

    /** Every unit, for the dispatch choice and the responders' list. */
    public Flux<ResponderUnit> units() {
        return units.all();
    }
}
