package org.exportalliance.portal.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Filing requests and reading them (企业点单). A firm's user files for the firm and sees the firm's requests; a unit's
 * members see what is dispatched to their unit; staff see all. The steps that follow are {@link RequestTriage}
 * (staff), {@link RequestHandling} (the unit) and {@link RequestClosing} (the firm).
 */
@Service
public class RequestService {

    /** The subject type of requests in the audit trail and the topic of their live events. */
    public static final String TOPIC = "request";

    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final RequestCatalogRepository catalog;
    private final RequestConcerns concerns;
    private final LabTestRepository labTests;
    private final RequestSteps steps;
    private final RequestNotices notices;
    private final SlaClocks sla;
    private final LiveEvents live;
    private final Clock clock;
    private final TransactionalOperator tx;

    RequestService(RequestRepository requests, RequestEventRepository events, RequestCatalogRepository catalog,
            RequestConcerns concerns, LabTestRepository labTests, RequestSteps steps, RequestNotices notices,
            SlaClocks sla, LiveEvents live, Clock clock, TransactionalOperator tx) {
        this.requests = requests;
        this.events = events;
        this.catalog = catalog;
        this.concerns = concerns;
        this.labTests = labTests;
        this.steps = steps;
        this.notices = notices;
        this.sla = sla;
        this.live = live;
        this.clock = clock;
        this.tx = tx;
    }

    /** The categories a request may be filed in, in their order. */
    public Flux<RequestCategory> categories() {
        return catalog.categories().filter(RequestCategory::active);
    }

    /** Every category, also those no longer offered, for naming the requests filed in them. */
    public Flux<RequestCategory> allCategories() {
        return catalog.categories();
    }

    /**
     * Files a request for the actor's firm: SUBMITTED, its accept clock running. Staff file none ({@link
     * NotPermitted}): their requests are the association's own work. What it concerns must be the firm's own.
     */
    public Mono<ServiceRequest> file(Actor actor, RequestDraft draft) {
        if (actor.isStaff()) {
            return Mono.error(new NotPermitted());
        }
        RequestDraft d = draft.normalised();
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = UUID.randomUUID();
        return activeCategories()
                .flatMap(categories -> Checks.valid(RequestRules.check(d, categories)))
                .then(concerns.check(actor, d.concerns()))
                .then(Mono.defer(() -> sla.target(d.category(), d.urgency())))
                .flatMap(target -> sla.due(now, target.accept()))
                .flatMap(acceptDue -> {
                    RequestState state = RequestState.filed(d.urgency(), acceptDue);
                    ServiceRequest request = new ServiceRequest(id, 0, actor.firmId(), actor.userId(), d.category(),
                            d.title(), d.description(), d.urgency(), d.concerns(), now, state, 1, now);
                    RequestEvent filed = new RequestEvent(UUID.randomUUID(), id, now, actor.userId(),
                            RequestEvent.Kind.FILED, RequestStatus.SUBMITTED, null, false);
                    return tx.transactional(requests.insert(request)
                                    .then(d.samples() == null ? Mono.empty() : labTests.insert(id, d.samples()))
                                    .then(events.insert(filed))
                                    .then(steps.recorded(actor, filed))
                                    .then(requests.find(id)))
                            .flatMap(saved -> notices.after(filed, saved).thenReturn(saved));
                });
    }

    /**
     * A returned request filed again by its firm with a corrected title, description and urgency (its category,
     * what it concerns and a lab test's samples stay): SUBMITTED, its accept clock running anew.
     */
    public Mono<ServiceRequest> refile(Actor actor, UUID id, long version, RequestDraft draft) {
        RequestDraft d = draft.normalised();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return find(actor, id).flatMap(r -> {
            if (!RequestSteps.ofTheFirm(actor, r)) {
                return Mono.error(new NotPermitted());
            }
            if (r.version() != version) {
                return Mono.error(new ChangedConcurrently());
            }
            if (r.status() != RequestStatus.RETURNED) {
                return Mono.error(new IllegalRequestStep(r.status(), RequestStatus.SUBMITTED));
            }
            Mono<RequestDraft> kept = labTests.find(id)
                    .map(lab -> new LabSamples(lab.samples(), lab.material(), lab.standard()))
                    .map(samples -> new RequestDraft(r.category(), d.title(), d.description(), d.urgency(),
                            r.concerns(), samples))
                    .defaultIfEmpty(new RequestDraft(r.category(), d.title(), d.description(), d.urgency(),
                            r.concerns(), null));
            // Its category is kept, not chosen: one staff have stopped offering since still stands (RequestForm).
            return Mono.zip(kept, allCategories().collectMap(RequestCategory::code, Function.identity()))
                    .flatMap(t -> Checks.valid(RequestRules.check(t.getT1(), t.getT2())).thenReturn(t.getT1()))
                    .flatMap(same -> sla.target(r.category(), same.urgency())
                            .flatMap(target -> sla.due(now, target.accept()))
                            .flatMap(due -> refiled(actor, r, same, due, now)));
        });
    }

    private Mono<ServiceRequest> refiled(Actor actor, ServiceRequest r, RequestDraft same, OffsetDateTime acceptDue,
            OffsetDateTime now) {
        RequestState state = r.state().change().status(RequestStatus.SUBMITTED).priority(same.urgency())
                .returnReason(null).acceptDue(acceptDue).nextRound().done();
        RequestEvent event = new RequestEvent(UUID.randomUUID(), r.id(), now, actor.userId(),
                RequestEvent.Kind.REFILED, RequestStatus.SUBMITTED, null, false);
        return tx.transactional(requests.refile(r, same, state, now)
                        .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        .then(events.insert(event))
                        .then(steps.recorded(actor, event))
                        .then(requests.find(r.id())))
                .flatMap(saved -> notices.after(event, saved).thenReturn(saved));
    }

    /** One request the actor may see ({@link RequestNotFound} otherwise). */
    public Mono<ServiceRequest> find(Actor actor, UUID id) {
        return requests.find(actor, id).switchIfEmpty(Mono.error(RequestNotFound::new));
    }

    /** The requests the actor may see that {@code filter} matches. */
    public Flux<ServiceRequest> list(Actor actor, RequestFilter filter, int offset, int limit) {
        return requests.list(actor, filter, Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    /** A request's history, oldest first; internal notes only for its unit and staff. */
    public Flux<RequestEvent> history(Actor actor, UUID id) {
        return find(actor, id).flatMapMany(r -> events.of(id, !RequestSteps.ofTheFirm(actor, r)));
    }

    /**
     * A comment between the firm and the unit, or (from the unit or staff, {@code internal}) a note the firm never
     * sees. A firm's answer to a request that waits on it sets its clock running again.
     */
    public Mono<RequestEvent> comment(Actor actor, UUID id, String text, boolean internal) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return find(actor, id).flatMap(r -> {
            boolean firm = RequestSteps.ofTheFirm(actor, r);
            if (internal && firm) {
                return Mono.error(new NotPermitted());
            }
            String body = text == null ? null : text.strip();
            return Checks.valid(RequestRules.text("text", text, RequestRules.MAX_TEXT))
                    .then(steps.remark(actor, r, internal ? RequestEvent.Kind.NOTE : RequestEvent.Kind.COMMENT,
                            body, internal, now));
        });
    }

    /** The SLA clocks as they stand now, to read each request's deadlines and working time left. */
    public Mono<RequestClocks> clocks() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return sla.workingTime().map(time -> new RequestClocks(time, now, sla.workingDay()));
    }

    /** Live signals: a request changed (its id), for the pages that show it; filtered by what the page shows. */
    public Flux<LiveEvent> changes() {
        return live.stream(RequestSteps.TOPIC);
    }

    Mono<Map<String, RequestCategory>> activeCategories() {
        return categories().collectMap(RequestCategory::code, Function.identity());
    }
}
