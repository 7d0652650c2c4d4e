package org.exportalliance.portal.logistics.itinerary;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationNews;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A delegation's itinerary: flights, hotel, meetings and transfers, with the place's own time zones. Staff keep the
 * delegation-wide items, which every firm taking part (approved or accepted) sees; a firm taking part may add items
 * of its own (a buyer meeting), which only it and staff see. The itinerary downloads as an iCalendar file.
 */
@Service
public class ItineraryService {

    private final ItineraryRepository items;
    private final DelegationService delegations;
    private final ItineraryCalendar calendar;
    private final DelegationNews news;
    private final Clock clock;
    private final TransactionalOperator tx;

    ItineraryService(ItineraryRepository items, DelegationService delegations, ItineraryCalendar calendar,
            DelegationNews news, Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.items = items;
        this.delegations = delegations;
        this.calendar = calendar;
        this.news = news;
        this.clock = clock;
    }

    /** The items the actor may see, in time order: staff all; a firm its own and, while it takes part, the shared. */
    public Flux<ItineraryItem> items(Actor actor, UUID delegationId) {
        return delegations.find(delegationId).thenMany(items.list(delegationId, actor.firmScope()));
    }

    public Mono<ItineraryItem> item(Actor actor, UUID itemId) {
        return items.find(itemId, actor.firmScope()).switchIfEmpty(Mono.error(ItineraryItemNotFound::new));
    }


    /** Whether the actor keeps (may change and remove) the item: staff the delegation-wide ones, a firm its own. */
    public static boolean keeps(Actor actor, ItineraryItem item) {
        return actor.isStaff() ? item.delegationWide() : actor.firmId().equals(item.firmId());
    }

    /** Staff add a delegation-wide item; a firm's user adds one of the firm's own, if the firm takes part. */
    public Mono<ItineraryItem> add(Actor actor, UUID delegationId, ItineraryDraft draft) {
        return tx.transactional(Checks.valid(ItineraryRules.check(draft))
                .then(delegations.find(delegationId))
                .flatMap(d -> items.insert(UUID.randomUUID(), d.id(), actor.firmScope(), draft, actor.userId(),
                        now()))
                .switchIfEmpty(Mono.error(NotTakingPart::new))
                .flatMap(item -> changed(actor, "itinerary.added", item).thenReturn(item)));
    }

    /** The keeper changes an item; with {@code expectedVersion}, only if nobody changed it since. */
    public Mono<ItineraryItem> change(Actor actor, UUID itemId, @Nullable Long expectedVersion, ItineraryDraft draft) {
        return tx.transactional(item(actor, itemId)
                .flatMap(current -> keeps(actor, current) ? Mono.just(current) : Mono.error(new NotItemOwner()))
                .flatMap(current -> Checks.valid(ItineraryRules.check(draft))
                        .then(Mono.defer(() -> items.update(itemId, actor.firmScope(),
                                expectedVersion == null ? current.version() : expectedVersion, draft, now())))
                        .switchIfEmpty(Mono.error(ChangedConcurrently::new)))
                .flatMap(item -> changed(actor, "itinerary.changed", item).thenReturn(item)));
    }

    /** The keeper removes an item. */
    public Mono<Void> remove(Actor actor, UUID itemId) {
        return tx.transactional(item(actor, itemId)
                .flatMap(current -> keeps(actor, current) ? Mono.just(current) : Mono.error(new NotItemOwner()))
                .flatMap(current -> items.delete(itemId, actor.firmScope())
                        .flatMap(removed -> removed ? changed(actor, "itinerary.removed", current)
                                : Mono.error(new ChangedConcurrently()))));
    }

    /**
     * The items the actor sees, as one iCalendar file in {@code locale} (summaries and descriptions). Written on a
     * worker, since ical4j reads its zone definitions from the class path.
     */
    public Mono<CalendarFile> calendar(Actor actor, UUID delegationId, Locale locale) {
        Instant now = now();
        return delegations.find(delegationId)
                .zipWith(items.list(delegationId, actor.firmScope()).collectList())
                .publishOn(Schedulers.boundedElastic())
                .map(t -> new CalendarFile(fileName(t.getT1(), locale),
                        calendar.write(t.getT1(), t.getT2(), locale, now)));
    }

    static String fileName(Delegation d, Locale locale) {
        String title = d.title(locale).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return ("zh".equals(locale.getLanguage()) ? "行程-" : "itinerary-") + title + ".ics";
    }

    private Mono<Void> changed(Actor actor, String action, ItineraryItem item) {
        return news.changed(actor.userId(), action, item.delegationId(),
                item.id() + " " + item.kind() + " " + item.title());
    }

    private Instant now() {
        return clock.instant();
    }
}
