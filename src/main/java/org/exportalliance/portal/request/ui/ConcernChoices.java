package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Optional;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadPage;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.request.Concerns;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a firm may say its request concerns, and how a request's page names it: the delegations it takes part in
 * (asked one by one: the alliance runs a few a year), then up to {@value #SHOWN} of its orders and of its own leads,
 * each as "出口订单 · buyer · country". The service checks the choice again. A reader who may not see the record
 * itself (a unit in another firm) reads only its kind, never the buyer behind it.
 */
@org.springframework.stereotype.Component
class ConcernChoices {

    static final int SHOWN = 100;

    private final OrderService orders;
    private final DelegationService delegations;
    private final LeadService leads;

    ConcernChoices(OrderService orders, DelegationService delegations, LeadService leads) {
        this.orders = orders;
        this.delegations = delegations;
        this.leads = leads;
    }

    /** A choice in the filing form: what it points at and its name ("Thanh Cong Textile · VN"). */
    record Choice(Concerns concerns, String name) {

        /** "出口订单 · Thanh Cong Textile · VN", in the reader's language. */
        String label(Component reader) {
            return ConcernChoices.label(concerns.kind(), name, reader);
        }
    }

    Flux<Choice> of(Actor actor, Locale locale) {
        Flux<Choice> ownOrders = orders.list(actor, 0, SHOWN).filter(o -> o.firmId().equals(actor.firmId()))
                .map(o -> new Choice(new Concerns(Concerns.Kind.ORDER, o.id()), order(o)));
        Flux<Choice> ownDelegations = delegations.list(null)
                .filter(d -> d.status() != DelegationStatus.CANCELLED)
                .filterWhen(d -> delegations.takesPart(actor, d.id()))
                .map(d -> new Choice(new Concerns(Concerns.Kind.DELEGATION, d.id()), d.title(locale)));
        Flux<Choice> ownLeads = leads.search(actor, new LeadFilter(null, null, null, null, true),
                        new LeadPage(0, SHOWN, null, null))
                .map(row -> new Choice(new Concerns(Concerns.Kind.LEAD, row.lead().id()),
                        row.lead().companyName() + " · " + row.lead().country()));
        return Flux.concat(ownDelegations, ownOrders, ownLeads);
    }

    /** The name of what a request concerns, if the reader may see that record; empty otherwise. */
    Mono<Optional<String>> name(Actor actor, Concerns concerns, Locale locale) {
        Mono<String> name = switch (concerns.kind()) {
            case ORDER -> orders.find(actor, concerns.id()).map(ConcernChoices::order);
            case DELEGATION -> delegations.find(concerns.id()).map(d -> d.title(locale));
            case LEAD -> leads.find(actor, concerns.id()).map(row -> row.lead().companyName());
        };
        return name.map(Optional::of).onErrorResume(Refusal.class, refused -> Mono.just(Optional.empty()))
                .defaultIfEmpty(Optional.empty());
    }

    /** The kind of record, then its name when there is one to show. */
    static String label(Concerns.Kind kind, @Nullable String name, Component reader) {
        String what = reader.getTranslation("requests.concerns." + kind.name());
        return name == null ? what : what + " · " + name;
    }

    private static String order(ExportOrder o) {
        return o.buyerName() + " · " + o.destinationCountry();
    }
}
