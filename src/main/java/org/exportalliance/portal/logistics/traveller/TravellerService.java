package org.exportalliance.portal.logistics.traveller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The travellers a firm sends with its approved application. A firm names at most as many as its application holds
 * seats (checked here under a lock on the application row, and again by a trigger in the database), and manages them
 * while the delegation is neither done nor cancelled; staff see every firm's travellers and keep their visa status.
 * Passport numbers are sealed with {@link PassportCipher} before they reach the database and leave this service
 * masked; the number itself only through {@link #revealPassport}, audited.
 */
@Service
public class TravellerService {

    public static final String TOPIC = "traveller";
    static final String SUBJECT = "traveller";

    private final TravellerRepository travellers;
    private final PassportCipher cipher;
    private final DelegationService delegations;
    private final FairService fairs;
    private final AuditService audit;
    private final Changes changes;
    private final LiveEvents live;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionalOperator tx;

    TravellerService(TravellerRepository travellers, PassportCipher cipher, DelegationService delegations,
            FairService fairs, AuditService audit, Changes changes, LiveEvents live, NotificationService notifications,
            Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.travellers = travellers;
        this.cipher = cipher;
        this.delegations = delegations;
        this.fairs = fairs;
        this.audit = audit;
        this.changes = changes;
        this.live = live;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The delegation's travellers: staff see all, a firm its own. */
    public Flux<Traveller> list(Actor actor, UUID delegationId) {
        return delegations.find(delegationId)
                .flatMap(this::fairEnd)
                .flatMapMany(end -> travellers.findByDelegation(delegationId, actor.firmScope()).map(s -> view(s, end)));
    }

    /** One traveller, masked; another firm's is not found. */
    public Mono<Traveller> find(Actor actor, UUID travellerId) {
        return stored(actor, travellerId).flatMap(this::view);
    }

    /** The full passport number, for the firm's own users and staff; every look is audited. */
    public Mono<String> revealPassport(Actor actor, UUID travellerId) {
        return tx.transactional(stored(actor, travellerId)
                .flatMap(s -> audit.record(actor.userId(), "traveller.passport-shown", SUBJECT, s.id(), null)
                        .thenReturn(open(s))));
    }

    /** The firm names a traveller on its approved application. */
    public Mono<Traveller> add(Actor actor, UUID delegationId, TravellerDraft typed) {
        if (actor.isStaff()) {
            return Mono.error(new FirmsNameTravellers());
        }
        TravellerDraft draft = TravellerRules.normalise(typed);
        Instant now = clock.instant();
        return tx.transactional(Checks.valid(TravellerRules.check(draft, today(), true))
                .then(Mono.defer(() -> delegations.find(delegationId)))
                .flatMap(d -> changeable(d)
                        .then(approvedApplication(actor, delegationId))
                        .flatMap(application -> travellers.lockSeats(application.id())
                                .switchIfEmpty(Mono.error(NoApprovedPlace::new))
                                .flatMap(seats -> travellers.countFor(application.id())
                                        .flatMap(taken -> taken >= seats ? Mono.error(new TooManyTravellers(seats))
                                                : insert(actor, application, draft, now))))
                        .flatMap(s -> changed(actor, "traveller.added", s, null).then(fairEnd(d)).map(end -> view(s,
                                end)))));
    }

    private Mono<TravellerRepository.Stored> insert(Actor actor, DelegationApplication application,
            TravellerDraft draft, Instant now) {
        UUID id = UUID.randomUUID();
        return travellers.insert(id, application.id(), application.delegationId(), application.firmId(), draft,
                        cipher.seal(id, draft.passportNumber()), actor.userId(), now)
                .onErrorMap(DataIntegrityViolationException.class, e -> refusalFor(e, application.travellers()));
    }

    /** The firm changes its traveller as it read it ({@code expectedVersion}); an empty passport number keeps it. */
    public Mono<Traveller> edit(Actor actor, UUID travellerId, long expectedVersion, TravellerDraft typed) {
        if (actor.isStaff()) {
            return Mono.error(new FirmsNameTravellers());
        }
        TravellerDraft draft = TravellerRules.normalise(typed);
        Instant now = clock.instant();
        return tx.transactional(stored(actor, travellerId)
                .flatMap(current -> Checks.valid(TravellerRules.check(draft, today(), false))
                        .then(Mono.defer(() -> delegations.find(current.delegationId())))
                        .flatMap(d -> changeable(d)
                                .then(Mono.defer(() -> travellers.update(travellerId, actor.firmId(), expectedVersion,
                                        draft, draft.passportNumber() == null ? null
                                                : cipher.seal(travellerId, draft.passportNumber()), now)))
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                                .flatMap(s -> changed(actor, "traveller.edited", s, null).then(fairEnd(d))
                                        .map(end -> view(s, end))))));
    }

    /** The firm removes its traveller; the seat is free for another. */
    public Mono<Void> remove(Actor actor, UUID travellerId) {
        if (actor.isStaff()) {
            return Mono.error(new FirmsNameTravellers());
        }
        return tx.transactional(stored(actor, travellerId)
                .flatMap(s -> delegations.find(s.delegationId())
                        .flatMap(TravellerService::changeable)
                        .then(travellers.delete(travellerId, actor.firmId()))
                        .filter(n -> n == 1)
                        .switchIfEmpty(Mono.error(TravellerNotFound::new))
                        .then(changed(actor, "traveller.removed", s, null))));
    }

    /** Staff record where a traveller's visa stands; the firm hears of it. */
    public Mono<Traveller> setVisaStatus(Actor actor, UUID travellerId, VisaStatus status) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Mono.defer(() -> stored(actor, travellerId)))
                .flatMap(current -> delegations.find(current.delegationId())
                        .flatMap(d -> changeable(d)
                                .then(travellers.setVisaStatus(travellerId, status, clock.instant()))
                                .flatMap(s -> changed(actor, "traveller.visa." + status.name(), s, null)
                                        .then(current.visaStatus() == status ? Mono.empty()
                                                : notifications.notifyFirm(s.firmId(),
                                                        "notify.traveller.visa." + status.name(),
                                                        List.of(s.fullName(), d.titleZh(), d.titleEn()),
                                                        "delegation/" + d.id()))
                                        .then(fairEnd(d)).map(end -> view(s, end))))));
    }

    /** Live changes of travellers, by delegation id. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    /** How many travellers the actor's firm may name on the delegation (its seats), or empty without a place. */
    public Mono<Integer> seats(Actor actor, UUID delegationId) {
        return approvedApplication(actor, delegationId).map(DelegationApplication::travellers)
                .onErrorResume(NoApprovedPlace.class, e -> Mono.empty());
    }

    /**
     * The draft with its passport number replaced by a keyed digest: what a stored request fingerprint (the API's
     * Idempotency-Key records) may hold.
     */
    public TravellerDraft withoutPassportNumber(TravellerDraft d) {
        return new TravellerDraft(d.fullName(), d.chineseName(), d.nationality(), d.dateOfBirth(),
                d.passportNumber() == null ? null : "digest:" + cipher.digest(PassportNumber.normalise(
                        d.passportNumber())), d.passportExpiry(), d.role());
    }

    // --- shared with the invitation letter -------------------------------------------------------------------

    /** The stored row the actor may see; another firm's is not found. */
    Mono<TravellerRepository.Stored> stored(Actor actor, UUID travellerId) {
        return travellers.find(travellerId, actor.firmScope()).switchIfEmpty(Mono.error(TravellerNotFound::new));
    }

    String open(TravellerRepository.Stored s) {
        return cipher.open(s.id(), s.passport().keyId(), s.passport().bytes());
    }

    Mono<Traveller> view(TravellerRepository.Stored s) {
        return delegations.find(s.delegationId()).flatMap(this::fairEnd).map(end -> view(s, end));
    }

    private Traveller view(TravellerRepository.Stored s, LocalDate fairEnd) {
        return new Traveller(s.id(), s.delegationId(), s.applicationId(), s.firmId(), s.fullName(), s.chineseName(),
                s.nationality(), s.dateOfBirth(), PassportNumber.mask(open(s)), s.passportExpiry(),
                PassportValidity.flagged(s.passportExpiry(), fairEnd), s.role(), s.visaStatus(),
                s.visaStatusChangedAt(), s.version());
    }

    private Mono<LocalDate> fairEnd(Delegation d) {
        return fairs.find(d.fairId()).map(Fair::endDate);
    }

    private Mono<DelegationApplication> approvedApplication(Actor actor, UUID delegationId) {
        return delegations.applications(actor, delegationId)
                .filter(a -> a.firmId().equals(actor.firmId()) && a.status().participates())
                .next()
                .switchIfEmpty(Mono.error(NoApprovedPlace::new));
    }

    private static Mono<Void> changeable(Delegation d) {
        return d.status() == DelegationStatus.DONE || d.status() == DelegationStatus.CANCELLED
                ? Mono.error(new TravellersClosed()) : Mono.empty();
    }

    /** The database's own refusals (V7 trigger) as the domain's. */
    private static Throwable refusalFor(DataIntegrityViolationException e, int seats) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("traveller_within_seats")) {
            return new TooManyTravellers(seats);
        }
        if (message.contains("traveller_needs_approved_place")) {
            return new NoApprovedPlace();
        }
        return e;
    }

    private Mono<Void> changed(Actor actor, String action, TravellerRepository.Stored s, @Nullable String detail) {
        return changes.record(actor.userId(), action, SUBJECT, s.id(),
                detail == null ? "delegation " + s.delegationId() : detail,
                new LiveEvent(TOPIC, s.delegationId().toString()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
