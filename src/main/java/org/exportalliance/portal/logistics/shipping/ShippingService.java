package org.exportalliance.portal.logistics.shipping;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.DelegationNews;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Exhibit shipping: each exhibit of an approved (or accepted) application goes BOOKED → AT_PORT → CUSTOMS_CLEARED →
 * AT_BOOTH, one step at a time. Staff and the exhibit's own firm record the steps; staff see every firm's exhibits,
 * a firm its own. Every step is audited; when staff record one, the firm hears of it in the app.
 */
@Service
public class ShippingService {

    public static final int MAX_REFERENCE = 200;

    private final ShipmentRepository shipments;
    private final DelegationService delegations;
    private final DelegationNews news;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionalOperator tx;

    ShippingService(ShipmentRepository shipments, DelegationService delegations, DelegationNews news,
            NotificationService notifications, Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.shipments = shipments;
        this.delegations = delegations;
        this.news = news;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The exhibits of the delegation's placed applications with their milestones: staff all, a firm its own. */
    public Flux<Shipment> shipments(Actor actor, UUID delegationId) {
        return delegations.find(delegationId).thenMany(shipments.list(delegationId, actor.firmScope()));
    }

    public Mono<Shipment> shipment(Actor actor, UUID exhibitId) {
        return shipments.find(exhibitId, actor.firmScope()).map(ShipmentRepository.Found::shipment)
                .switchIfEmpty(Mono.error(ExhibitNotFound::new));
    }

    /**
     * Records the exhibit's next milestone. Anything but the next one is {@link MilestoneOutOfOrder}; if someone
     * recorded it meanwhile, {@link ChangedConcurrently}. Another firm's exhibit is {@link ExhibitNotFound}.
     */
    public Mono<Shipment> record(Actor actor, UUID exhibitId, @Nullable ShippingMilestone milestone,
            @Nullable String reference) {
        Instant now = clock.instant();
        String ref = reference == null ? "" : reference.strip();
        return tx.transactional(Checks.valid(check(milestone, ref))
                .then(Mono.defer(() -> shipments.find(exhibitId, actor.firmScope())))
                .switchIfEmpty(Mono.error(ExhibitNotFound::new))
                .flatMap(found -> {
                    if (!found.placed()) {
                        return Mono.error(new ExhibitNotPlaced());
                    }
                    if (found.shipment().next().filter(milestone::equals).isEmpty()) {
                        return Mono.error(new MilestoneOutOfOrder());
                    }
                    return shipments.advance(exhibitId, milestone, now)
                            .flatMap(moved -> moved
                                    ? shipments.recordMilestone(exhibitId, milestone, ref, actor.userId(), now)
                                    : Mono.error(new ChangedConcurrently()))
                            .onErrorMap(DataIntegrityViolationException.class, e -> new ChangedConcurrently())
                            .then(Mono.defer(() -> tell(actor, found.shipment(), milestone, ref)))
                            .then(Mono.defer(() -> shipment(actor, exhibitId)));
                }));
    }

    private Mono<Void> tell(Actor actor, Shipment shipment, ShippingMilestone milestone, String reference) {
        Mono<Void> audited = news.changed(actor.userId(), "shipping." + milestone.name(), shipment.delegationId(),
                shipment.exhibitId() + " " + shipment.machine() + (reference.isEmpty() ? "" : " · " + reference));
        if (!actor.isStaff()) {
            return audited;
        }
        return audited.then(delegations.find(shipment.delegationId()))
                .flatMap(d -> notifications.notifyFirm(shipment.firmId(), "notify.shipping." + milestone.name(),
                        List.of(d.titleZh(), d.titleEn(), shipment.machine()),
                        "delegation/" + d.id()));
    }

    private static List<FieldProblem> check(@Nullable ShippingMilestone milestone, String reference) {
        List<FieldProblem> p = new ArrayList<>();
        if (milestone == null) {
            p.add(new FieldProblem("milestone", "validation.required"));
        }
        if (reference.length() > MAX_REFERENCE) {
            p.add(new FieldProblem("reference", "validation.too-long.200"));
        }
        PlainText.addTo(p, "reference", reference, false);
        return p;
    }
}
