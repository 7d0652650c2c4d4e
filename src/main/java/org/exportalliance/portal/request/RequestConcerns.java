package org.exportalliance.portal.request;

import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a request concerns must be the filing firm's own: an order or lead it may see, a delegation it takes part
 * in. Anything else is one refusal on the field, whether it does not exist or belongs to another firm.
 */
@Component
class RequestConcerns {

    private final DelegationService delegations;
    private final OrderService orders;
    private final LeadService leads;

    RequestConcerns(DelegationService delegations, OrderService orders, LeadService leads) {
        this.delegations = delegations;
        this.orders = orders;
        this.leads = leads;
    }

    Mono<Void> check(Actor actor, @Nullable Concerns concerns) {
        if (concerns == null) {
            return Mono.empty();
        }
        Mono<Boolean> own = switch (concerns.kind()) {
            case DELEGATION -> delegations.takesPart(actor, concerns.id());
            case ORDER -> orders.find(actor, concerns.id()).map(o -> o.firmId().equals(actor.firmId()));
            case LEAD -> leads.find(actor, concerns.id()).map(l -> l.lead().ownedBy(actor.firmId()));
        };
        return own.onErrorResume(Refusal.class, r -> r.status() == 404 ? Mono.just(false) : Mono.error(r))
                .defaultIfEmpty(false)
                .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(new InvalidInput(List.of(
                        new FieldProblem("concerns", "request.validation.concerns")))));
    }
}
