package org.exportalliance.portal.request;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Lab tests at the shared lab: the samples a request names when filed; the lab's quote (price and the day the report
 * will be ready) while the request is in its hands; the firm's acceptance of the quote it saw; the report, a PDF
 * already attached, which resolves the request once the quote was accepted.
 */
@Service
public class LabTests {

    static final BigDecimal MAX_QUOTE = new BigDecimal("10000000");

    private final LabTestRepository labTests;
    private final RequestService requests;
    private final RequestHandling handling;
    private final RequestSteps steps;
    private final AttachmentRepository attachments;
    private final Clock clock;

    LabTests(LabTestRepository labTests, RequestService requests,
            RequestHandling handling, RequestSteps steps, AttachmentRepository attachments, Clock clock) {
        this.labTests = labTests;
        this.requests = requests;
        this.handling = handling;
        this.steps = steps;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The lab test of a request the actor may see; empty when the request is not a lab test. */
    public Mono<LabTest> find(Actor actor, UUID requestId) {
        return requests.find(actor, requestId).flatMap(r -> labTests.find(r.id()));
    }

    /** The lab's quote, by a member of the unit that has the request in progress, before the firm accepted one. */
    public Mono<LabTest> quote(Actor actor, UUID requestId, BigDecimal cny, LocalDate dueOn) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (cny.signum() < 0 || cny.compareTo(MAX_QUOTE) > 0 || cny.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("cny", "validation.money"));
        }
        if (dueOn.isBefore(now.toLocalDate()) || dueOn.isAfter(now.toLocalDate().plusYears(1))) {
            problems.add(new FieldProblem("dueOn", "request.validation.lab-due"));
        }
        return Checks.valid(problems).then(requests.find(actor, requestId))
                .flatMap(r -> unit(actor, r, RequestStatus.IN_PROGRESS)
                        .then(steps.event(actor, r, RequestEvent.Kind.QUOTED, null, false, now,
                                labTests.quote(r.id(), cny, dueOn, now).filter(n -> n > 0)
                                        .switchIfEmpty(Mono.error(ChangedConcurrently::new)))))
                .then(labTests.find(requestId));
    }

    /** The firm accepts the quote it saw: the same price and day, or {@link ChangedConcurrently}. */
    public Mono<LabTest> acceptQuote(Actor actor, UUID requestId, BigDecimal cny, LocalDate dueOn) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return requests.find(actor, requestId)
                .flatMap(r -> RequestSteps.ofTheFirm(actor, r) ? Mono.just(r) : Mono.error(new NotPermitted()))
                .flatMap(r -> steps.event(actor, r, RequestEvent.Kind.QUOTE_ACCEPTED, null, false, now,
                        labTests.accept(r.id(), cny, dueOn, now).filter(n -> n > 0)
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new))))
                .then(labTests.find(requestId));
    }

    /** The report: a PDF on the request, after the quote was accepted; the request is resolved with it. */
    public Mono<ServiceRequest> report(Actor actor, UUID requestId, UUID attachmentId, String summary) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return requests.find(actor, requestId)
                .flatMap(r -> unit(actor, r, RequestStatus.IN_PROGRESS)
                        .then(attachments.file(r.id(), attachmentId, true)
                                .filter(f -> "application/pdf".equals(f.attachment().contentType()))
                                .switchIfEmpty(Mono.error(AttachmentNotFound::new)))
                        .flatMap(f -> steps.event(actor, r, RequestEvent.Kind.REPORT_ATTACHED,
                                f.attachment().fileName(), false, now, labTests.report(r.id(), attachmentId)
                                        .filter(n -> n > 0).switchIfEmpty(Mono.error(() -> new IllegalRequestStep(
                                                r.status(), RequestStatus.RESOLVED)))))
                        .then(Mono.defer(() -> requests.find(actor, requestId)))
                        .flatMap(current -> handling.resolve(actor, current.id(), current.version(), summary)));
    }

    private Mono<Void> unit(Actor actor, ServiceRequest r, RequestStatus expected) {
        if (r.status() != expected) {
            return Mono.error(new IllegalRequestStep(r.status(), expected));
        }
        return handling.mayHandle(actor, r).flatMap(may -> may ? Mono.empty() : Mono.error(new NotPermitted()));
    }
}
