package org.exportalliance.portal.order;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.notification.webhook.WebhookEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Export orders: a firm records its orders and moves them from quote to payment; it sees only its own, staff see
 * all. An order attributed to a lead names the firm's own claim (and so the lead's buyer); one attributed to a fair
 * names a delegation the firm took part in. Confirmation keeps the FX rates of its date ({@link FxRates}).
 */
@Service
public class OrderService {

    /** No order is older than this: an earlier day is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final OrderRepository orders;
    private final FxRates rates;
    private final ClaimService claims;
    private final DelegationService delegations;
    private final FirmService firms;
    private final WebhookEvents webhooks;
    private final Clock clock;
    private final TransactionalOperator tx;

    OrderService(OrderRepository orders, FxRates rates, ClaimService claims, DelegationService delegations,
            FirmService firms, WebhookEvents webhooks, Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.webhooks = webhooks;
        this.orders = orders;
        this.rates = rates;
        this.claims = claims;
        this.delegations = delegations;
        this.firms = firms;
        this.clock = clock;
    }

    /**
     * Records a new order of the actor's firm, QUOTED as of its {@code quotedOn} (today when none). Staff record none
     * ({@link NotPermitted}): their firm is the association, which exports nothing the insight may count.
     */
    public Mono<ExportOrder> create(Actor actor, OrderDraft draft) {
        if (actor.isStaff()) {
            return Mono.error(new NotPermitted());
        }
        OrderDraft d = draft.normalised();
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate quoted = d.quotedOn() == null ? now.toLocalDate() : d.quotedOn();
        List<FieldProblem> quotedProblems = quoted.isAfter(now.toLocalDate()) || quoted.isBefore(EARLIEST)
                ? List.of(new FieldProblem("quotedOn", "order.validation.quoted-on")) : List.of();
        return tx.transactional(checked(actor, d, quotedProblems.isEmpty() ? quoted : null, quotedProblems)
                .flatMap(buyer -> {
                    List<OrderLine> lines = lines(d);
                    return orders.insert(id, actor, buyer.orElse(null), d, lines,
                            total(lines, requireNonNull(d.currency())), quoted, now);
                })
                .then(Mono.defer(() -> orders.find(actor, id))));
    }

    /**
     * Replaces an order's fields and lines while it is QUOTED or CONFIRMED ({@link OrderNotEditable} after), by the
     * same rules as a new one. A confirmed order keeps its currency, since its FX snapshot is of that currency.
     * Only the order's own firm edits it; {@code version} is the one read ({@link ChangedConcurrently} otherwise).
     */
    public Mono<ExportOrder> update(Actor actor, UUID id, long version, OrderDraft draft) {
        OrderDraft d = draft.normalised();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tx.transactional(ownOrder(actor, id)
                .flatMap(order -> {
                    if (order.version() != version) {
                        return Mono.error(new ChangedConcurrently());
                    }
                    if (order.stage() != OrderStage.QUOTED && order.stage() != OrderStage.CONFIRMED) {
                        return Mono.error(new OrderNotEditable(order.stage()));
                    }
                    List<FieldProblem> fixed = order.fx() != null && !order.currency().equals(d.currency())
                            ? List.of(new FieldProblem("currency", "order.validation.currency-fixed")) : List.of();
                    return checked(actor, d, order.quotedOn(), fixed)
                            .flatMap(buyer -> {
                                List<OrderLine> lines = lines(d);
                                return orders.update(id, version, buyer.orElse(null), d, lines,
                                        total(lines, requireNonNull(d.currency())), now);
                            })
                            .switchIfEmpty(Mono.error(ChangedConcurrently::new));
                })
                .then(Mono.defer(() -> find(actor, id))));
    }

    /** One order the actor may see: its firm's, or any for staff. */
    public Mono<ExportOrder> find(Actor actor, UUID id) {
        return orders.find(actor, id).switchIfEmpty(Mono.error(OrderNotFound::new));
    }

    /** The orders the actor may see, newest first. */
    public Flux<ExportOrder> list(Actor actor, int offset, int limit) {
        return list(actor, OrderFilter.none(), offset, limit);
    }

    /**
     * The orders the actor may see that {@code filter} matches, newest first. Firm and category names are looked up
     * here (their tables are the firm feature's), so the query matches their ids; the firm scope stays in the SQL.
     */
    public Flux<ExportOrder> list(Actor actor, OrderFilter filter, int offset, int limit) {
        Mono<List<UUID>> named = filter.text() == null || !actor.isStaff() ? Mono.just(List.of())
                : firms.all().filter(f -> filter.matches(f.nameZh()) || filter.matches(f.nameEn()))
                        .map(Firm::id).collectList();
        Mono<List<String>> categories = filter.text() == null ? Mono.just(List.of())
                : firms.categories().filter(c -> filter.matches(c.code()) || filter.matches(c.nameZh())
                        || filter.matches(c.nameEn())).map(MachineCategory::code).collectList();
        return Mono.zip(named, categories).flatMapMany(found -> orders.list(actor, filter, found.getT1(),
                found.getT2(), Math.max(0, offset), Math.clamp(limit, 1, 500)));
    }

    /** Every stage the order reached, oldest first. */
    public Flux<StageChange> stages(Actor actor, UUID id) {
        return find(actor, id).thenMany(Flux.defer(() -> orders.stages(id)));
    }

    /**
     * Moves the order to its next stage as of {@code on} (today when none): only to a stage its current one allows
     * ({@link IllegalOrderStage}), on a day neither before the current stage's nor in the future. Confirmation takes
     * the FX snapshot of that day; a missing rate refuses it ({@link FxRateMissing}) and changes nothing. Only the
     * order's own firm moves it; {@code version} is the one read ({@link ChangedConcurrently} otherwise).
     */
    public Mono<ExportOrder> advance(Actor actor, UUID id, long version, OrderStage to, @Nullable LocalDate on) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate day = on == null ? now.toLocalDate() : on;
        return tx.transactional(ownOrder(actor, id)
                .flatMap(order -> {
                    if (order.version() != version) {
                        return Mono.error(new ChangedConcurrently());
                    }
                    if (!order.stage().mayMoveTo(to)) {
                        return Mono.error(new IllegalOrderStage(order.stage(), to));
                    }
                    if (day.isAfter(now.toLocalDate()) || day.isBefore(order.stageOn())) {
                        return Mono.error(new InvalidInput(List.of(new FieldProblem("on",
                                "order.validation.stage-date"))));
                    }
                    Mono<Optional<FxSnapshot>> fx = to == OrderStage.CONFIRMED
                            ? rates.snapshot(order.currency(), day).map(Optional::of)
                            : Mono.just(Optional.empty());
                    return fx.flatMap(snapshot -> orders.moveStage(id, version, order.stage(), to, day,
                                    snapshot.orElse(null), now)
                            .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                            .map(moved -> order.movedTo(to, day, snapshot.orElse(order.fx()), moved))
                            .flatMap(after -> orders.insertStage(id, to, day, actor.userId(), now)
                                    .then(webhooks.publish(order.firmId(), WebhookEventType.ORDER_STAGE_CHANGED,
                                            OrderStageChanged.of(order, after)))
                                    .thenReturn(after)));
                }));
    }

    /** The draft's problems (with {@code more}) refused at once; else the buyer its attribution names, if any. */
    private Mono<Optional<UUID>> checked(Actor actor, OrderDraft d, @Nullable LocalDate quotedOn,
            List<FieldProblem> more) {
        return categories()
                .flatMap(known -> {
                    List<FieldProblem> problems = new ArrayList<>(OrderRules.check(d, known, quotedOn));
                    problems.addAll(more);
                    return Checks.valid(problems);
                })
                .then(Mono.defer(() -> attributedBuyer(actor, d)))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** The actor's firm's own order: {@link OrderNotFound} for anyone else's, staff included. */
    private Mono<ExportOrder> ownOrder(Actor actor, UUID id) {
        return find(actor, id)
                .filter(order -> order.firmId().equals(actor.firmId()))
                .switchIfEmpty(Mono.error(OrderNotFound::new));
    }

    /**
     * The buyer an attribution names: a LEAD's claim must be the firm's own; a FAIR's delegation one it took part in.
     */
    private Mono<UUID> attributedBuyer(Actor actor, OrderDraft d) {
        Attribution attribution = Attribution.valueOf(requireNonNull(d.attribution()));
        return switch (attribution) {
            case LEAD -> claims.find(actor, requireNonNull(d.claimId()))
                    .filter(claim -> claim.firmId().equals(actor.firmId()))
                    .onErrorResume(Refusal.class, e -> Mono.empty())
                    .switchIfEmpty(Mono.error(() -> invalid("claimId", "order.validation.claim-not-ours")))
                    .map(Claim::buyerId);
            case FAIR -> delegations.applications(actor, requireNonNull(d.delegationId()))
                    .any(a -> a.firmId().equals(actor.firmId()) && a.status().participates())
                    .onErrorReturn(Refusal.class, false)
                    .flatMap(took -> took ? Mono.<UUID>empty()
                            : Mono.error(invalid("delegationId", "order.validation.not-in-delegation")));
            case DIRECT -> Mono.empty();
        };
    }

    private static InvalidInput invalid(String field, String key) {
        return new InvalidInput(List.of(new FieldProblem(field, key)));
    }

    private Mono<Set<String>> categories() {
        return firms.categories().map(MachineCategory::code).collect(Collectors.toSet());
    }

    private static List<OrderLine> lines(OrderDraft d) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            OrderLineDraft l = d.lines().get(i);
            lines.add(new OrderLine(i + 1, requireNonNull(l.category()),
                    requireNonNull(l.model()), requireNonNull(l.quantity()),
                    requireNonNull(l.unitPrice())));
        }
        return lines;
    }

    private static BigDecimal total(List<OrderLine> lines, String currency) {
        return lines.stream().map(l -> l.amount(currency)).reduce(Money.zero(currency), Money::plus).amount();
    }
}
