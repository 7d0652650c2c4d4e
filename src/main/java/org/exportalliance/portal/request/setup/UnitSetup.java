package org.exportalliance.portal.request.setup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.UnitNotFound;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff set up the responder units: names, kind, lead, members, the categories each serves, and whether it takes
 * requests. An association department or the lab takes the association's own people; a service provider or a
 * chain-leader firm anyone's. A unit stops taking requests only once nothing is left with it
 * ({@link UnitHasOpenRequests}; V29 holds the same in the database).
 */
@Service
public class UnitSetup {

    /** The subject type of units in the audit trail, and their live topic. */
    public static final String TOPIC = "responder";

    private final UnitSetupRepository units;
    private final CategorySetupRepository categories;
    private final AccountService accounts;
    private final FirmService firms;
    private final Changes changes;
    private final LiveEvents live;
    private final TransactionalOperator tx;
    private final Clock clock;

    UnitSetup(UnitSetupRepository units, CategorySetupRepository categories, AccountService accounts,
            FirmService firms, Changes changes, LiveEvents live, TransactionalOperator tx, Clock clock) {
        this.units = units;
        this.categories = categories;
        this.accounts = accounts;
        this.firms = firms;
        this.changes = changes;
        this.live = live;
        this.tx = tx;
        this.clock = clock;
    }

    /** Every unit, those taking requests first, each with what it has in hand. */
    public Flux<UnitEntry> all(Actor actor) {
        return Checks.staffOnly(actor).thenMany(units.all());
    }

    public Mono<UnitEntry> find(Actor actor, UUID id) {
        return Checks.staffOnly(actor).then(units.find(id)).switchIfEmpty(Mono.error(UnitNotFound::new));
    }

    public Mono<UnitEntry> create(Actor actor, UnitDraft draft) {
        UnitDraft d = draft.normalised();
        UUID id = UUID.randomUUID();
        return Checks.staffOnly(actor).then(checked(d))
                .then(tx.transactional(units.insert(id, d, OffsetDateTime.now(clock))
                        .then(changes.record(actor.userId(), "request.unit-created", TOPIC, id, d.nameZh()))
                        .then(units.find(id))))
                .onErrorMap(DuplicateKeyException.class, UnitSetup::taken);
    }

    /** Names, kind, lead, members and categories; whether it takes requests stays ({@link #setActive}). */
    public Mono<UnitEntry> update(Actor actor, UUID id, long version, UnitDraft draft) {
        UnitDraft d = draft.normalised();
        return find(actor, id).then(checked(d))
                .then(tx.transactional(units.update(id, version, d)
                        .flatMap(rows -> rows == 0 ? Mono.error(new ChangedConcurrently())
                                : changes.record(actor.userId(), "request.unit-updated", TOPIC, id, d.nameZh()))
                        .then(units.find(id))))
                .onErrorMap(DuplicateKeyException.class, UnitSetup::taken);
    }

    /** Takes requests again, or stops: refused while requests are with it (re-dispatch them first). */
    public Mono<UnitEntry> setActive(Actor actor, UUID id, long version, boolean active) {
        return find(actor, id).flatMap(found -> {
            String name = found.unit().nameZh();
            Mono<Void> free = active ? Mono.empty() : units.unfinished(id)
                    .flatMap(n -> n > 0 ? Mono.error(new UnitHasOpenRequests(name, n)) : Mono.empty());
            return free.then(tx.transactional(units.setActive(id, version, active)
                            .flatMap(rows -> rows == 0 ? Mono.error(new ChangedConcurrently())
                                    : changes.record(actor.userId(), active ? "request.unit-activated"
                                            : "request.unit-deactivated", TOPIC, id, name))
                            .then(units.find(id))))
                    // A request dispatched to it between the count and the update: the database's trigger says no.
                    .onErrorResume(e -> e instanceof DataIntegrityViolationException, e -> units.unfinished(id)
                            .flatMap(n -> Mono.error(new UnitHasOpenRequests(name, n))));
        });
    }

    /** Units as they change on any instance, plus resync signals. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    /** The draft's rules, then its members: existing people, and the association's own for a department or the lab. */
    private Mono<Void> checked(UnitDraft d) {
        return categories.all().map(CategoryEntry::code).collect(Collectors.toSet())
                .flatMap(known -> Checks.valid(UnitRules.check(d, known)))
                .then(Mono.zip(Flux.fromIterable(d.members()).flatMap(accounts::findById)
                                .collectMap(UserAccount::id),
                        firms.association().map(Firm::id).map(Set::of).defaultIfEmpty(Set.of())))
                .flatMap(t -> Checks.valid(memberProblems(d, t.getT1(), t.getT2())));
    }

    private static List<FieldProblem> memberProblems(UnitDraft d, Map<UUID, UserAccount> found,
            Set<UUID> association) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!found.keySet().containsAll(d.members())) {
            problems.add(new FieldProblem("members", "request.setup.validation.member-unknown"));
        } else if (ownPeopleOnly(d.kind()) && !association.isEmpty()
                && !found.values().stream().allMatch(u -> association.contains(u.firmId()))) {
            problems.add(new FieldProblem("members", "request.setup.validation.member-association"));
        }
        return problems;
    }

    /** Departments and the shared lab are the association's; providers and chain leaders bring their own people. */
    public static boolean ownPeopleOnly(ResponderUnit.@org.jspecify.annotations.Nullable Kind kind) {
        return kind == ResponderUnit.Kind.DEPARTMENT || kind == ResponderUnit.Kind.LAB;
    }

    private static InvalidInput taken(DuplicateKeyException e) {
        // The constraint's name (V24, V29), not a column's: the message quotes the statement too.
        String field = String.valueOf(e.getMessage()).contains("responder_unit_name_en") ? "nameEn" : "nameZh";
        return new InvalidInput(List.of(new FieldProblem(field, "request.setup.validation.taken")));
    }
}
