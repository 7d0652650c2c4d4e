package org.exportalliance.portal.firm.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exportalliance.portal.account.AccountLinks;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.membership.Membership;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The invitee's side of an invitation: the page its link opens, and joining, where they choose their username,
 * display name, password and language.
 */
@Service
public class InvitationAcceptance {

    static final String SUBJECT = InvitationService.SUBJECT;

    private final InvitationRepository invitations;
    private final MembershipService memberships;
    private final FirmService firms;
    private final AccountService accounts;
    private final Passwords passwords;
    private final AuditService audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    InvitationAcceptance(InvitationRepository invitations, MembershipService memberships, FirmService firms,
            AccountService accounts, Passwords passwords, AuditService audit, TransactionalOperator tx,
            Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.firms = firms;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The open invitation a link stands for, for the page that accepts it; {@link LinkUnusable} if none. */
    public Mono<Invitation> open(String secret) {
        if (secret.isEmpty() || secret.length() > 100) {
            return Mono.error(new LinkUnusable());
        }
        return invitations.findUsable(AccountLinks.hash(secret), clock.instant())
                .switchIfEmpty(Mono.error(LinkUnusable::new));
    }

    /**
     * The invitee joins: their account is opened and the invitation used up, in one transaction, so that a link
     * opened twice at once makes one account.
     */
    public Mono<UserAccount> accept(String secret, Joining joining) {
        return open(secret).flatMap(inv -> firms.find(inv.firmId())
                .flatMap(firm -> memberships.membershipOf(firm.id())
                        .flatMap(m -> m == Membership.ACTIVE ? Mono.just(firm) : Mono.error(new FirmNotActive())))
                .flatMap(firm -> Checks.valid(joiningProblems(joining))
                        .then(passwords.check("password", Objects.requireNonNull(joining.password()),
                                facts(joining, inv.email(), firm)))
                        .then(Mono.defer(() -> usernameFree(joining)))
                        .then(Mono.defer(() -> tx.transactional(invitations.lockOpen(inv.id(), clock.instant())
                                .switchIfEmpty(Mono.error(LinkUnusable::new))
                                .then(accounts.create(new NewUser(firm.id(),
                                        PeopleRules.normalisedUsername(Objects.requireNonNull(joining.username())),
                                        Objects.requireNonNull(joining.displayName()).strip(), inv.email(),
                                        joining.password(), inv.roles(), Objects.requireNonNull(joining.locale()),
                                        false))
                                .flatMap(user -> invitations.accept(inv.id(), user.id(), clock.instant())
                                        .switchIfEmpty(Mono.error(LinkUnusable::new))
                                        .then(audit.record(user.id(), "invitation.accepted", SUBJECT, inv.id(),
                                                user.username()))
                                        .thenReturn(user))))))
                        .onErrorMap(DataIntegrityViolationException.class,
                                e -> String.valueOf(e.getMessage()).contains("email") ? new EmailInUse()
                                        : new UsernameTaken())));
    }

    private Mono<Void> usernameFree(Joining joining) {
        return accounts.findByUsername(PeopleRules.normalisedUsername(Objects.requireNonNull(joining.username())))
                .hasElement()
                .flatMap(taken -> taken ? Mono.error(new UsernameTaken()) : Mono.empty());
    }

    private static List<FieldProblem> joiningProblems(Joining joining) {
        List<FieldProblem> problems = new ArrayList<>();
        PeopleRules.checkUsername(problems, joining.username());
        PeopleRules.checkDisplayName(problems, joining.displayName());
        PeopleRules.checkLocale(problems, joining.locale());
        if (joining.password() == null || joining.password().isEmpty()) {
            problems.add(new FieldProblem("password", "validation.required"));
        }
        return problems;
    }

    private static List<String> facts(Joining joining, String email, Firm firm) {
        List<String> facts = new ArrayList<>(List.of(email, firm.nameZh(), firm.nameEn()));
        if (joining.username() != null) {
            facts.add(joining.username());
        }
        if (joining.displayName() != null) {
            facts.add(joining.displayName());
        }
        return facts;
    }
}
