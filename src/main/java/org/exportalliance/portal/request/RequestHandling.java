package org.exportalliance.portal.request;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The unit's work (部门接单): a member takes a dispatched request, pauses its clock while waiting on the firm (with a
 * question the firm sees), resumes it, and resolves it with what was done. Only the members of the unit the request
 * is dispatched to (and staff) act on it.
 */
@Service
public class RequestHandling {

    private final RequestSteps steps;
    private final ResponderRepository units;
    private final SlaClocks sla;
    private final Clock clock;

    RequestHandling(RequestSteps steps, ResponderRepository units, SlaClocks sla, Clock clock) {
        this.steps = steps;
        this.units = units;
        this.sla = sla;
        this.clock = clock;
    }

    /** The actor takes it on: IN_PROGRESS, the take clock stopped. */
    public Mono<ServiceRequest> take(Actor actor, UUID id, long version) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return steps.take(actor, id, version, RequestEvent.Kind.TAKEN, null, false, now, unitOnly(actor,
                r -> r.status() != RequestStatus.DISPATCHED
                        ? Mono.error(new IllegalRequestStep(r.status(), RequestStatus.IN_PROGRESS))
                        : Mono.just(r.state().change().status(RequestStatus.IN_PROGRESS).takenBy(actor.userId())
                                .takenAt(now).takeDue(null).done())));
    }

    /** Waiting on the firm: the resolve clock stops, keeping what is left; {@code question} goes to the firm. */
    public Mono<ServiceRequest> pause(Actor actor, UUID id, long version, String question) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String text = question == null ? null : question.strip();
        return Checks.valid(RequestRules.text("question", question, RequestRules.MAX_TEXT))
                .then(steps.take(actor, id, version, RequestEvent.Kind.PAUSED, text, false, now, unitOnly(actor,
                        r -> stopped(r, now).map(left -> r.state().change().status(RequestStatus.WAITING)
                                .resolveDue(null).resolveLeft(left).done()))));
    }

    /** The firm answered: the resolve clock runs again with what was left. */
    public Mono<ServiceRequest> resume(Actor actor, UUID id, long version) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return steps.take(actor, id, version, RequestEvent.Kind.RESUMED, null, false, now, unitOnly(actor,
                r -> r.status() != RequestStatus.WAITING
                        ? Mono.error(new IllegalRequestStep(r.status(), RequestStatus.IN_PROGRESS))
                        : restarted(r, now)));
    }

    /** Done: RESOLVED with {@code resolution}; the resolve clock stops while the firm considers it. */
    public Mono<ServiceRequest> resolve(Actor actor, UUID id, long version, String resolution) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String text = resolution == null ? null : resolution.strip();
        return Checks.valid(RequestRules.text("resolution", resolution, RequestRules.MAX_TEXT))
                .then(steps.take(actor, id, version, RequestEvent.Kind.RESOLVED, text, false, now, unitOnly(actor,
                        r -> Mono.zip(left(r, now), sla.target(r.category(), r.state().priority())).map(t -> {
                            long left = t.getT1();
                            long spent = Math.max(0, t.getT2().resolve().toSeconds() - left);
                            return r.state().change().status(RequestStatus.RESOLVED).resolution(text).resolvedAt(now)
                                    .resolveDue(null).resolveLeft(Math.max(0, left))
                                    .outcome(r.state().outcome().resolved(spent, left >= 0)).done();
                        }))));
    }

    /** What is left of the resolve clock now, in whole seconds; negative once its deadline has passed. */
    private Mono<Long> left(ServiceRequest r, OffsetDateTime now) {
        OffsetDateTime due = r.state().resolveDueAt();
        if (due == null) {
            return Mono.justOrEmpty(r.state().resolveLeftSeconds()).defaultIfEmpty(0L);
        }
        return sla.left(now, due).map(Duration::toSeconds);
    }

    /** What is left of the resolve clock now, in whole seconds, never below nothing. */
    private Mono<Long> stopped(ServiceRequest r, OffsetDateTime now) {
        OffsetDateTime due = r.state().resolveDueAt();
        if (due == null) {
            return Mono.justOrEmpty(r.state().resolveLeftSeconds()).defaultIfEmpty(0L);
        }
        return sla.left(now, due).map(left -> Math.max(0, left.toSeconds()));
    }

    /** IN_PROGRESS again, due after what was left of the resolve clock. */
    Mono<RequestState> restarted(ServiceRequest r, OffsetDateTime now) {
        Long left = r.state().resolveLeftSeconds();
        return sla.due(now, Duration.ofSeconds(left == null ? 0 : left))
                .map(due -> r.state().change().status(RequestStatus.IN_PROGRESS).resolveDue(due).resolveLeft(null)
                        .done());
    }

    private Function<ServiceRequest, Mono<RequestState>> unitOnly(Actor actor,
            Function<ServiceRequest, Mono<RequestState>> step) {
        return r -> mayHandle(actor, r).flatMap(may -> may ? step.apply(r) : Mono.error(new NotPermitted()));
    }

    /** Staff, or a member of the unit the request is dispatched to. */
    Mono<Boolean> mayHandle(Actor actor, ServiceRequest r) {
        UUID unit = r.unitId();
        if (actor.isStaff()) {
            return Mono.just(true);
        }
        return unit == null ? Mono.just(false) : units.find(unit).map(u -> u.hasMember(actor.userId()))
                .defaultIfEmpty(false);
    }
}
