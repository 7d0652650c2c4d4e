package org.exportalliance.portal.delegation.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.ApplicationRepository;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationNews;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The delegation's shared-cost ledger. Staff enter costs and subsidies with a split rule; each participating firm
 * (approved or accepted) gets a statement: the delegation's fees plus its exact share of every item ({@link CostSplit}).
 * A firm sees only its own statement; staff see all.
 */
@Service
public class LedgerService {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final LedgerRepository ledger;
    private final DelegationService delegations;
    private final ApplicationRepository applications;
    private final DelegationNews news;
    private final Clock clock;
    private final TransactionalOperator tx;

    LedgerService(LedgerRepository ledger, DelegationService delegations, ApplicationRepository applications,
            DelegationNews news, Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.ledger = ledger;
        this.delegations = delegations;
        this.applications = applications;
        this.news = news;
        this.clock = clock;
    }

    public Mono<CostItem> addItem(Actor actor, UUID delegationId, CostItemDraft draft) {
        if (!actor.isStaff()) {
            return Mono.error(new NotPermitted());
        }
        List<FieldProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInput(problems));
        }
        return tx.transactional(delegations.find(delegationId)
                .flatMap(d -> ledger.insert(d.id(), draft, actor.userId(), OffsetDateTime.now(clock)))
                .flatMap(item -> news.changed(actor.userId(), "ledger.item-added", delegationId,
                        item.kind() + " " + item.amountCny()).thenReturn(item)));
    }

    /**
     * The delegation's cost items, for those who take part in it ({@link DelegationService#takesPart}: staff, and
     * the firms whose application is approved or accepted); to anybody else the ledger is {@link LedgerNotFound}.
     * The page's costs tab is shown on the same check.
     */
    public Flux<CostItem> items(Actor actor, UUID delegationId) {
        return delegations.takesPart(actor, delegationId)
                .flatMapMany(takesPart -> takesPart ? items(delegationId) : Flux.error(new LedgerNotFound()));
    }

    private Flux<CostItem> items(UUID delegationId) {
        return delegations.find(delegationId).thenMany(ledger.items(delegationId));
    }

    /** One firm's statement; a firm may ask only for its own. */
    public Mono<Statement> statement(Actor actor, UUID delegationId, UUID firmId) {
        if (!actor.mayActFor(firmId)) {
            return Mono.error(new StatementNotFound());
        }
        return statements(delegationId)
                .filter(s -> s.firmId().equals(firmId))
                .next()
                .switchIfEmpty(Mono.error(StatementNotFound::new));
    }

    /** Every participating firm's statement (staff). */
    public Flux<Statement> allStatements(Actor actor, UUID delegationId) {
        return actor.isStaff() ? statements(delegationId) : Flux.error(new NotPermitted());
    }

    private Flux<Statement> statements(UUID delegationId) {
        return Mono.zip(delegations.find(delegationId),
                        applications.findByDelegation(delegationId, null)
                                .filter(a -> a.status().participates())
                                .collectList(),
                        items(delegationId).collectList())
                .flatMapMany(t -> Flux.fromIterable(compose(t.getT1(), t.getT2(), t.getT3())));
    }

    static List<Statement> compose(Delegation d, List<DelegationApplication> participants, List<CostItem> items) {
        Map<CostItem, Map<UUID, BigDecimal>> shares = new LinkedHashMap<>();
        for (CostItem item : items) {
            Map<UUID, Long> weights = new LinkedHashMap<>();
            for (DelegationApplication a : participants) {
                weights.put(a.firmId(), switch (item.rule()) {
                    case BY_AREA -> a.areaM2().movePointRight(1).longValueExact();
                    case PER_TRAVELLER -> (long) a.travellers();
                    case EQUAL -> 1L;
                });
            }
            shares.put(item, CostSplit.split(item.amountCny(), weights));
        }
        List<Statement> statements = new ArrayList<>();
        for (DelegationApplication a : participants) {
            List<Statement.Line> lines = new ArrayList<>();
            lines.add(new Statement.Line("ledger.fee-firm", "", null, d.feePerFirmCny(), d.feePerFirmCny()));
            BigDecimal areaFee = d.feePerM2Cny().multiply(a.areaM2()).setScale(2, RoundingMode.HALF_UP);
            lines.add(new Statement.Line("ledger.fee-area", "", null, areaFee, areaFee));
            for (CostItem item : items) {
                BigDecimal share = shares.get(item).getOrDefault(a.firmId(), BigDecimal.ZERO);
                lines.add(new Statement.Line("ledger.kind." + item.kind().name(), item.description(), item.rule(),
                        item.amountCny(), item.kind().isSubsidy() ? share.negate() : share));
            }
            BigDecimal total = lines.stream().map(Statement.Line::shareCny).reduce(BigDecimal.ZERO, BigDecimal::add);
            statements.add(new Statement(d.id(), a.firmId(), a.areaM2(), a.travellers(), lines, total));
        }
        return statements;
    }

    private static List<FieldProblem> check(CostItemDraft d) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.kind() == null) {
            p.add(new FieldProblem("kind", "validation.required"));
        }
        if (d.rule() == null) {
            p.add(new FieldProblem("rule", "validation.required"));
        }
        if (d.description() == null || d.description().isBlank()) {
            p.add(new FieldProblem("description", "validation.required"));
        } else if (d.description().length() > 200) {
            p.add(new FieldProblem("description", "validation.too-long.200"));
        }
        PlainText.addTo(p, d);
        if (d.amountCny() == null) {
            p.add(new FieldProblem("amountCny", "validation.required"));
        } else if (d.amountCny().signum() <= 0 || d.amountCny().compareTo(MAX_AMOUNT) > 0
                || d.amountCny().stripTrailingZeros().scale() > 2) {
            p.add(new FieldProblem("amountCny", "validation.money"));
        }
        return p;
    }
}
