package org.exportalliance.portal.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The firm closes the loop: it confirms a resolution and rates it (1–5, a comment), or reopens it with a reason
 * (back to the same unit, its clocks running again); it may withdraw a request not yet resolved, and file a returned
 * one again. Only the filing firm's own people take these steps.
 */
@Service
public class RequestClosing {

    private final RequestSteps steps;
    private final RequestRepository requests;
    private final RequestHandling handling;
    private final SlaClocks sla;
    private final Clock clock;

    RequestClosing(RequestSteps steps, RequestRepository requests, RequestHandling handling, SlaClocks sla,
            Clock clock) {
        this.steps = steps;
        this.requests = requests;
        this.handling = handling;
        this.sla = sla;
        this.clock = clock;
    }

    public Mono<ServiceRequest> confirm(Actor actor, UUID id, long version, int rating, @Nullable String comment) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (rating < 1 || rating > 5) {
            problems.add(new FieldProblem("rating", "request.validation.rating"));
        }
        if (text != null && text.length() > RequestRules.MAX_REASON) {
            problems.add(new FieldProblem("comment", "validation.too-long." + RequestRules.MAX_REASON));
        }
        PlainText.addTo(problems, "comment", text, true);
        return Checks.valid(problems).then(steps.take(actor, id, version, RequestEvent.Kind.CONFIRMED, text, false,
                now, firmOnly(actor, r -> Mono.just(r.state().change().status(RequestStatus.CLOSED).closedAt(now)
                        .rating(rating, text).resolveLeft(null).done()))));
    }

    /** Not solved after all: back to the unit it was with, waiting to be taken, both clocks running again. */
    public Mono<ServiceRequest> reopen(Actor actor, UUID id, long version, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String why = reason == null ? null : reason.strip();
        return Checks.valid(RequestRules.text("reason", reason, RequestRules.MAX_REASON))
                .then(steps.take(actor, id, version, RequestEvent.Kind.REOPENED, why, false, now, firmOnly(actor,
                        r -> r.status() != RequestStatus.RESOLVED
                                ? Mono.error(new IllegalRequestStep(r.status(), RequestStatus.DISPATCHED))
                                : Mono.zip(sla.target(r.category(), r.state().priority()), handling.restarted(r, now))
                                        .flatMap(t -> sla.due(now, t.getT1().take()).map(takeDue -> t.getT2()
                                                .change().status(RequestStatus.DISPATCHED).takenBy(null)
                                                .takenAt(null).resolution(null).resolvedAt(null).dispatchedAt(now)
                                                .takeDue(takeDue).nextRound().done())))));
    }

    public Mono<ServiceRequest> withdraw(Actor actor, UUID id, long version) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return steps.take(actor, id, version, RequestEvent.Kind.WITHDRAWN, null, false, now, firmOnly(actor,
                r -> Mono.just(r.state().change().status(RequestStatus.WITHDRAWN).closedAt(now).acceptDue(null)
                        .takeDue(null).resolveDue(null).resolveLeft(null).done())));
    }

    /**
     * Closes a resolution the firm has left unconfirmed for the configured working days; the portal's own step.
     * Empty when the firm answered first.
     */
    Mono<ServiceRequest> closeUnconfirmed(ServiceRequest r) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return steps.system(r.id(), RequestEvent.Kind.AUTO_CLOSED, now,
                        current -> current.version() != r.version() ? Mono.empty()
                                : Mono.just(current.state().change().status(RequestStatus.CLOSED).closedAt(now)
                                        .autoClosed(true).resolveLeft(null).done()))
                .onErrorResume(IllegalRequestStep.class, e -> Mono.empty());
    }

    /** Resolutions older than {@code workingDays} working days, for {@link #closeUnconfirmed}. */
    reactor.core.publisher.Flux<ServiceRequest> unconfirmedFor(int workingDays) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return sla.workingTime().flatMapMany(time -> {
            var cut = time.calendar().plusWorkingDays(now.toLocalDate(), -workingDays);
            return requests.resolvedBefore(cut.atTime(now.toLocalTime()).atOffset(now.getOffset()));
        });
    }

    private static Function<ServiceRequest, Mono<RequestState>> firmOnly(Actor actor,
            Function<ServiceRequest, Mono<RequestState>> step) {
        return r -> RequestSteps.ofTheFirm(actor, r) ? step.apply(r) : Mono.error(new NotPermitted());
    }
}
