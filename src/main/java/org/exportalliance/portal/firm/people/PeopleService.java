package org.exportalliance.portal.firm.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountChanges;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.LastAdminKept;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.mfa.SecondFactors;
import org.exportalliance.portal.account.session.SessionEnd;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A firm's people as its admins and staff manage them: roles, deactivation and reactivation. A firm keeps one active
 * admin (the database holds that too, under a lock on the firm). Deactivating ends the person's sessions on every
 * instance and revokes their tokens at once; reactivating gives back the sign-in only.
 */
@Service
public class PeopleService {

    static final String SUBJECT = "user";

    private final AccountService accounts;
    private final AccountChanges changes;
    private final SessionEnds ends;
    private final ApiTokenService tokens;
    private final SecondFactors factors;
    private final FirmService firms;
    private final AuditService audit;
    private final TransactionalOperator tx;

    PeopleService(AccountService accounts, AccountChanges changes, SessionEnds ends, ApiTokenService tokens,
            SecondFactors factors, FirmService firms, AuditService audit, TransactionalOperator tx) {
        this.accounts = accounts;
        this.changes = changes;
        this.ends = ends;
        this.tokens = tokens;
        this.factors = factors;
        this.firms = firms;
        this.audit = audit;
        this.tx = tx;
    }

    /** A firm's people: its own people and staff may list them. */
    public Flux<UserAccount> people(Actor actor, UUID firmId) {
        return accounts.usersOfFirm(actor, firmId)
                .onErrorMap(org.exportalliance.portal.account.AccountAccessDenied.class, e -> new NotPermitted());
    }

    /** One person the actor may manage; {@link PersonNotFound} for anyone else, so ids of others tell nothing. */
    public Mono<UserAccount> person(Actor actor, UUID userId) {
        return accounts.findById(userId)
                .filter(person -> PeopleRules.mayManage(actor, person.firmId()))
                .switchIfEmpty(Mono.error(PersonNotFound::new));
    }

    /** Sets a colleague's roles as far as the actor may grant them; the rest of their roles stay. */
    public Mono<UserAccount> setRoles(Actor actor, UUID userId, @Nullable List<@Nullable Role> roles) {
        return person(actor, userId)
                .flatMap(person -> firms.find(person.firmId()).flatMap(firm -> {
                    Set<Role> grantable = PeopleRules.grantable(actor, firm.kind());
                    return Checks.valid(PeopleRules.checkRoles(roles, grantable))
                            .then(Mono.defer(() -> {
                                Set<Role> asked = EnumSet.copyOf(Objects.requireNonNull(roles).stream()
                                        .map(Objects::requireNonNull).toList());
                                Set<Role> next = PeopleRules.merged(person.roles(), asked, grantable);
                                return tx.transactional(changes.setRoles(person.firmId(), userId, next)
                                        .switchIfEmpty(Mono.error(PersonNotFound::new))
                                        .flatMap(changed -> audit.record(actor.userId(), "user.roles", SUBJECT,
                                                userId, names(next)).thenReturn(changed)));
                            }));
                }))
                .onErrorMap(LastAdminKept.class, e -> new LastAdmin());
    }

    /** Signs the person out everywhere and revokes their tokens; they cannot sign in until reactivated. */
    public Mono<UserAccount> deactivate(Actor actor, UUID userId) {
        if (actor.userId().equals(userId)) {
            return Mono.error(new NotPermitted());
        }
        return person(actor, userId)
                .flatMap(person -> tx.transactional(changes.setEnabled(person.firmId(), userId, false)
                        .switchIfEmpty(Mono.just(person))
                        .flatMap(changed -> ends.allOf(userId, null, SessionEnd.DEACTIVATED)
                                .then(tokens.revokeAllOf(userId))
                                .then(audit.record(actor.userId(), "user.deactivated", SUBJECT, userId, null))
                                .thenReturn(changed))))
                .onErrorMap(LastAdminKept.class, e -> new LastAdmin());
    }

    /** Lets the person sign in again; their old sessions and tokens stay ended. */
    public Mono<UserAccount> reactivate(Actor actor, UUID userId) {
        return person(actor, userId)
                .flatMap(person -> tx.transactional(changes.setEnabled(person.firmId(), userId, true)
                        .switchIfEmpty(Mono.just(person))
                        .flatMap(changed -> audit.record(actor.userId(), "user.reactivated", SUBJECT, userId, null)
                                .thenReturn(changed))));
    }

    /** Staff remove a person's second factor (a lost phone); they enrol again at their next sign-in if required. */
    public Mono<Void> resetSecondFactor(Actor actor, UUID userId) {
        return Checks.staffOnly(actor)
                .then(person(actor, userId))
                .flatMap(person -> tx.transactional(factors.remove(userId)
                        .then(ends.allOf(userId, null, SessionEnd.ENDED_BY_USER))
                        .then(audit.record(actor.userId(), "user.mfa-reset", SUBJECT, userId, null))));
    }

    private static String names(Set<Role> roles) {
        return String.join(",", roles.stream().map(Role::name).sorted().toList());
    }
}
