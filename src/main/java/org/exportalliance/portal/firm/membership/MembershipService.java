package org.exportalliance.portal.firm.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.AccountChanges;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.session.SessionEnd;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.firm.people.SessionEnds;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The member register, staff only. Suspending or ending a membership, in one transaction: the firm's people can no
 * longer sign in, their sessions end on every instance within seconds ({@link UserSessions}), their API tokens are
 * revoked, and every {@link MembershipConsequence} applies (claims end, places go back to the waitlist). Every record
 * the firm made stays. Reinstating lets its people sign in again; ended sessions and revoked tokens stay ended.
 */
@Service
public class MembershipService {

    static final String SUBJECT = "firm";
    static final int MAX_REASON = 500;

    private final MembershipRepository register;
    private final FirmService firms;
    private final AccountService accounts;
    private final AccountChanges changes;
    private final SessionEnds sessions;
    private final ApiTokenService tokens;
    private final ObjectProvider<MembershipConsequence> consequences;
    private final AuditService audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    MembershipService(MembershipRepository register, FirmService firms, AccountService accounts,
            AccountChanges changes, SessionEnds sessions, ApiTokenService tokens,
            ObjectProvider<MembershipConsequence> consequences, AuditService audit, TransactionalOperator tx,
            Clock clock) {
        this.register = register;
        this.firms = firms;
        this.accounts = accounts;
        this.changes = changes;
        this.sessions = sessions;
        this.tokens = tokens;
        this.consequences = consequences;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Flux<MemberFirm> list(Actor actor, @Nullable Membership membership, @Nullable String search, int offset,
            int limit) {
        String term = search == null || search.isBlank() ? null : search.strip();
        return Checks.staffOnly(actor).thenMany(Flux.defer(() -> register.list(membership, term,
                Math.max(0, offset), Math.clamp(limit, 1, 500))));
    }

    public Mono<MemberFirm> find(Actor actor, UUID id) {
        return Checks.staffOnly(actor).then(Mono.defer(() -> register.find(id)))
                .switchIfEmpty(Mono.error(FirmNotFound::new));
    }

    /** Where a firm's membership stands, for features that act on the firm (invitations); no actor needed. */
    public Mono<Membership> membershipOf(UUID firmId) {
        return register.find(firmId).map(MemberFirm::membership);
    }

    /** Enrols a firm; its people come by invitation. */
    public Mono<MemberFirm> enrol(Actor actor, MemberDraft draft) {
        UUID id = UUID.randomUUID();
        return Checks.staffOnly(actor)
                .then(checked(draft, null, false))
                .flatMap(entry -> tx.transactional(register.insert(id, entry)
                        .then(audit.record(actor.userId(), "firm.enrolled", SUBJECT, id, entry.nameEn()))))
                .onErrorMap(DataIntegrityViolationException.class, MembershipService::taken)
                .then(Mono.defer(() -> register.find(id)));
    }

    /** Saves changes made from {@code version}; {@link ChangedConcurrently} when someone saved in between. */
    public Mono<MemberFirm> edit(Actor actor, UUID id, long version, MemberDraft draft) {
        return find(actor, id)
                .flatMap(current -> checked(draft, id, current.kind() == FirmKind.ASSOCIATION))
                .flatMap(entry -> tx.transactional(register.update(id, version, entry)
                        .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        .flatMap(v -> audit.record(actor.userId(), "firm.edited", SUBJECT, id, entry.nameEn()))))
                .onErrorMap(DataIntegrityViolationException.class, MembershipService::taken)
                .then(Mono.defer(() -> register.find(id)));
    }

    /** What suspending or ending the firm's membership would do now, for staff to read before they confirm. */
    public Mono<List<ConsequenceLine>> consequences(Actor actor, UUID id) {
        return find(actor, id)
                .flatMap(firm -> accounts.usersOfFirm(actor, id).filter(u -> u.active()).count()
                        .map(people -> new ConsequenceLine("firm.consequence.people-signed-out", people)))
                .flatMap(people -> Flux.fromIterable(consequences.orderedStream().toList())
                        .concatMap(c -> c.preview(id))
                        .collectList()
                        .map(lines -> {
                            List<ConsequenceLine> all = new ArrayList<>();
                            all.add(people);
                            lines.forEach(all::addAll);
                            return all;
                        }));
    }

    /**
     * Suspends, ends or reinstates the membership; suspending and ending need a reason, which the audit keeps.
     * {@link MembershipNotChangeable} from a state the change does not start from, and for the association.
     */
    public Mono<MemberFirm> change(Actor actor, UUID id, MembershipChange change, @Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return find(actor, id)
                .flatMap(firm -> Checks.valid(reasonProblems(change, why)).thenReturn(firm))
                .flatMap(firm -> firm.kind() == FirmKind.ASSOCIATION || !change.allowedFrom(firm.membership())
                        ? Mono.error(new MembershipNotChangeable())
                        : tx.transactional(register.changeMembership(id, List.copyOf(from(change)), change.target(),
                                        why, clock.instant())
                                .switchIfEmpty(Mono.error(MembershipNotChangeable::new))
                                .then(change.leaves() ? leave(actor, id) : changes.setFirmSuspended(id, false).then())
                                .then(audit.record(actor.userId(), "firm." + change.word(), SUBJECT, id, why))))
                .then(Mono.defer(() -> register.find(id)));
    }

    private Mono<Void> leave(Actor actor, UUID id) {
        return changes.setFirmSuspended(id, true).then()
                .then(sessions.allOfFirm(id, SessionEnd.FIRM_SUSPENDED))
                .then(tokens.revokeAllOfFirm(id))
                .thenMany(Flux.fromIterable(consequences.orderedStream().toList()).concatMap(c -> c.apply(actor, id)))
                .then();
    }

    private static Set<Membership> from(MembershipChange change) {
        return java.util.EnumSet.allOf(Membership.class).stream().filter(change::allowedFrom)
                .collect(Collectors.toSet());
    }

    private static List<FieldProblem> reasonProblems(MembershipChange change, @Nullable String why) {
        List<FieldProblem> problems = new ArrayList<>();
        if (why == null) {
            if (change.leaves()) {
                problems.add(new FieldProblem("reason", "validation.required"));
            }
        } else if (why.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "validation.too-long.500"));
        } else {
            PlainText.addTo(problems, "reason", why, true);
        }
        return problems;
    }

    private Mono<MembershipRepository.Entry> checked(MemberDraft draft, @Nullable UUID id, boolean association) {
        LocalDate today = LocalDate.now(clock);
        return firms.categories().map(MachineCategory::code).collect(Collectors.toSet())
                .flatMap(known -> Checks.valid(MemberRules.check(draft, known, today, association)))
                .then(Mono.fromSupplier(() -> entry(draft)))
                .flatMap(entry -> register.creditCodeTaken(entry.creditCode(), id)
                        .flatMap(taken -> taken ? Mono.error(new CreditCodeTaken()) : Mono.just(entry)))
                .flatMap(entry -> register.nameTaken(entry.nameZh(), entry.nameEn(), id)
                        .flatMap(taken -> taken ? Mono.error(new FirmNameTaken()) : Mono.just(entry)));
    }

    @SuppressWarnings("NullAway")
    static MembershipRepository.Entry entry(MemberDraft d) {
        String email = d.contactEmail() == null || d.contactEmail().isBlank() ? null : d.contactEmail().strip();
        return new MembershipRepository.Entry(d.nameZh().strip(), d.nameEn().strip(), d.kind(), d.tier(),
                d.city() == null ? "" : d.city().strip(),
                d.categories() == null ? List.of() : d.categories().stream().map(String::valueOf).toList(),
                CreditCode.normalise(d.creditCode()), d.contactName().strip(),
                d.contactPhone() == null ? "" : d.contactPhone().strip(), email, d.joinedOn());
    }

    private static RuntimeException taken(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("credit_code") ? new CreditCodeTaken()
                : message.contains("firm_name") ? new FirmNameTaken() : e;
    }
}
