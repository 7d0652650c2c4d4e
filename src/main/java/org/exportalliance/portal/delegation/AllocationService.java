package org.exportalliance.portal.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Allocation runs for BEST_FIT and SCORED delegations (rules in {@link AllocationPlan}), and the inputs staff give
 * them: export-potential scores and per-tier quotas. A run is one transaction, under the delegation's row lock:
 * every submitted application is approved or waitlisted with its reason, or nothing changes.
 */
@Service
public class AllocationService {

    public static final Set<String> TIERS = Set.of("CORE", "STANDARD", "ASSOCIATE");

    private final DelegationService delegations;
    private final DelegationRepository delegationRows;
    private final ApplicationRepository applications;
    private final AllocationRepository allocation;
    private final FirmService firms;
    private final Clock clock;
    private final DelegationNews news;
    private final TransactionalOperator tx;

    AllocationService(DelegationService delegations, DelegationRepository delegationRows,
            ApplicationRepository applications, AllocationRepository allocation, FirmService firms, Clock clock,
            DelegationNews news, TransactionalOperator tx) {
        this.tx = tx;
        this.news = news;
        this.delegations = delegations;
        this.delegationRows = delegationRows;
        this.applications = applications;
        this.allocation = allocation;
        this.firms = firms;
        this.clock = clock;
    }

    public Mono<Void> score(Actor actor, UUID applicationId, @Nullable Integer exportPotential) {
        if (!actor.isStaff()) {
            return Mono.error(new NotPermitted());
        }
        if (exportPotential == null || exportPotential < 0 || exportPotential > 10) {
            return Mono.error(new InvalidInput(List.of(new FieldProblem("exportPotential", "validation.score"))));
        }
        return tx.transactional(allocation.setExportScore(applicationId, exportPotential)
                .switchIfEmpty(Mono.error(ApplicationNotFound::new))
                .then(applications.find(applicationId, null))
                .flatMap(a -> news.changed(actor.userId(), "application.scored", a.delegationId(),
                        a.id() + ":" + exportPotential)));
    }

    public Mono<Map<String, Integer>> quotas(UUID delegationId) {
        return delegationRows.quotas(delegationId);
    }

    public Mono<Map<String, Integer>> setQuotas(Actor actor, UUID delegationId, Map<String, Integer> quotas) {
        if (!actor.isStaff()) {
            return Mono.error(new NotPermitted());
        }
        List<FieldProblem> problems = quotas.entrySet().stream()
                .filter(q -> !TIERS.contains(q.getKey()) || q.getValue() == null || q.getValue() < 0)
                .map(q -> new FieldProblem("quotas." + q.getKey(), "validation.quota"))
                .toList();
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInput(problems));
        }
        return tx.transactional(delegations.find(delegationId)
                .flatMap(d -> delegationRows.replaceQuotas(d.id(), quotas))
                .then(news.record(actor.userId(), "delegation.quotas", delegationId, quotas.toString()))
                .then(delegationRows.quotas(delegationId)));
    }

    public Mono<AllocationResult> allocate(Actor actor, UUID delegationId) {
        if (!actor.isStaff()) {
            return Mono.error(new NotPermitted());
        }
        Instant now = clock.instant();
        return tx.transactional(delegations.find(delegationId)
                .flatMap(d -> d.policy().decidesOnArrival() ? Mono.error(new AllocationNotNeeded())
                        : delegationRows.lock(d.id()))
                .flatMap(DelegationService::notEnded)
                .flatMap(d -> allocation.firmsOf(d.id()).collectList()
                        .flatMap(firmsAndHolds -> firms.tiersOf(firmsAndHolds.stream().map(Map.Entry::getKey)
                                        .collect(Collectors.toSet()))
                                .flatMap(tiers -> Mono.zip(allocation.candidates(d.id(), tiers).collectList(),
                                                delegationRows.quotas(d.id()))
                                        .map(t -> AllocationPlan.decide(d.policy(), d.capacity(), d.remaining(),
                                                t.getT2(), heldByTier(firmsAndHolds, tiers), t.getT1()))))
                        .flatMapMany(Flux::fromIterable)
                        .concatMap(outcome -> apply(actor, d.id(), outcome, now))
                        .reduce(new AllocationResult(0, 0), (r, decided) -> decided == ApplicationStatus.APPROVED
                                ? new AllocationResult(r.approved() + 1, r.waitlisted())
                                : new AllocationResult(r.approved(), r.waitlisted() + 1)))
                .flatMap(result -> news.changed(actor.userId(), "delegation.allocated", delegationId,
                                result.toString())
                        .thenReturn(result)));
    }

    /**
     * Carries out one outcome of the plan, worked out under the delegation's row lock: the application is moved from
     * SUBMITTED first and only then is capacity taken for it. One tier over its quota waits for staff: offers from
     * the waitlist follow arrival order and know no quotas, so they pass it by.
     */
    private Mono<ApplicationStatus> apply(Actor actor, UUID delegationId, AllocationPlan.Outcome outcome,
            Instant now) {
        Set<ApplicationStatus> submitted = Set.of(ApplicationStatus.SUBMITTED);
        String reason = AutoReason.of(outcome.reasonKey(), outcome.reasonArgs().toArray());
        Mono<DelegationApplication> moved = outcome.decision() == Decision.APPROVE
                ? applications.move(outcome.applicationId(), null, submitted, ApplicationStatus.APPROVED, reason,
                                actor.userId(), now)
                        .flatMap(a -> delegationRows.take(delegationId, a.request(), now)
                                .switchIfEmpty(Mono.error(NoRoomForApproval::new))
                                .thenReturn(a))
                : applications.move(outcome.applicationId(), null, submitted, ApplicationStatus.WAITLISTED, reason,
                        actor.userId(), now, null, AllocationPlan.QUOTA_REACHED.equals(outcome.reasonKey()));
        return moved
                .switchIfEmpty(Mono.error(org.exportalliance.portal.platform.refusal.ChangedConcurrently::new))
                .flatMap(a -> news.record(actor.userId(), "application." + a.status().name(), delegationId,
                                a.id().toString())
                        .then(news.tellFirm(a))
                        .thenReturn(a.status()));
    }

    private static Map<String, Integer> heldByTier(List<Map.Entry<UUID, Boolean>> firmsAndHolds,
            Map<UUID, String> tiers) {
        Map<String, Integer> held = new HashMap<>();
        firmsAndHolds.stream().filter(Map.Entry::getValue)
                .forEach(e -> held.merge(tiers.getOrDefault(e.getKey(), "STANDARD"), 1, Integer::sum));
        return held;
    }
}
