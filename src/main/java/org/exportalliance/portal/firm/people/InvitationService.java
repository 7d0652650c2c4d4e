package org.exportalliance.portal.firm.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountChanges;
import org.exportalliance.portal.account.AccountLinks;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.membership.MemberRules;
import org.exportalliance.portal.firm.membership.Membership;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Invitations: staff invite a firm's first admin, a firm's admins their colleagues. The e-mail goes in the invitee's
 * language with a single-use link that expires ({@code portal.invitation.lifetime}, 72 hours); without a mail server
 * the inviter is given the link to pass on. The invitee joins through {@link InvitationAcceptance}.
 */
@Service
public class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);
    static final String SUBJECT = "invitation";
    static final int LISTED = 200;

    private final InvitationRepository invitations;
    private final MembershipService memberships;
    private final FirmService firms;
    private final AccountService accounts;
    private final AccountChanges changes;
    private final EmailSender mail;
    private final AuditService audit;
    private final PortalLinks links;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = org.exportalliance.portal.account.Randomness.seeded();

    InvitationService(InvitationRepository invitations, MembershipService memberships, FirmService firms,
            AccountService accounts, AccountChanges changes, EmailSender mail,
            AuditService audit, PortalLinks links, TransactionalOperator tx, Clock clock,
            @Value("${portal.invitation.lifetime:PT72H}") Duration lifetime) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.firms = firms;
        this.accounts = accounts;
        this.changes = changes;
        this.mail = mail;
        this.audit = audit;
        this.links = links;
        this.tx = tx;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Whether invitations go out by e-mail; when not, inviters pass the link on themselves. */
    public boolean mailing() {
        return mail.enabled();
    }

    public Mono<IssuedInvitation> invite(Actor actor, UUID firmId, InvitationDraft draft) {
        return prepare(actor, firmId, draft).flatMap(unsent -> send(actor, unsent));
    }

    /**
     * Checks and records an invitation like {@link #invite}, within the caller's transaction when there is one, and
     * sends nothing: the caller hands it to {@link #send} once that transaction has committed, so that no e-mail
     * goes out for an invitation that was rolled back (a spreadsheet import).
     */
    public Mono<UnsentInvitation> prepare(Actor actor, UUID firmId, InvitationDraft draft) {
        return managedFirm(actor, firmId)
                .flatMap(firm -> Checks.valid(problems(actor, firm, draft)).thenReturn(firm))
                .flatMap(firm -> {
                    String email = Objects.requireNonNull(draft.email()).strip();
                    Set<Role> roles = EnumSet.copyOf(Objects.requireNonNull(draft.roles()).stream()
                            .map(Objects::requireNonNull).toList());
                    String secret = AccountLinks.newSecret(random);
                    Instant now = clock.instant();
                    UUID id = UUID.randomUUID();
                    return emailFree(firmId, email)
                            .then(tx.transactional(invitations.insert(id, firmId, email, roles,
                                            Objects.requireNonNull(draft.locale()), actor.userId(),
                                            AccountLinks.hash(secret), now, now.plus(lifetime))
                                    .flatMap(inv -> audit.record(actor.userId(), "invitation.sent", SUBJECT, id,
                                            String.join(",", roles.stream().map(Role::name).sorted().toList()))
                                            .thenReturn(inv))))
                            .onErrorMap(DataIntegrityViolationException.class, e -> new EmailInUse())
                            .map(inv -> new UnsentInvitation(inv, firm, links.invitation(secret)));
                });
    }

    /** Mails an invitation {@link #prepare}d by {@code actor}, once its transaction has committed. */
    public Mono<IssuedInvitation> send(Actor actor, UnsentInvitation unsent) {
        return send(unsent.invitation(), unsent.firm(), actor, unsent.link());
    }

    /** The firm's invitations, open ones first; its admins and staff. */
    public Flux<Invitation> ofFirm(Actor actor, UUID firmId) {
        return PeopleRules.mayManage(actor, firmId) ? invitations.ofFirm(firmId, LISTED)
                : Flux.error(new NotPermitted());
    }

    public Mono<Invitation> find(Actor actor, UUID id) {
        return invitations.find(id, actor.isStaff() ? null : actor.firmId())
                .filter(inv -> PeopleRules.mayManage(actor, inv.firmId()))
                .switchIfEmpty(Mono.error(InvitationNotFound::new));
    }

    /** Sends the invitation again with a new link and a new expiry; the old link stops working. */
    public Mono<IssuedInvitation> resend(Actor actor, UUID id) {
        String secret = AccountLinks.newSecret(random);
        Instant now = clock.instant();
        return find(actor, id)
                .flatMap(inv -> managedFirm(actor, inv.firmId()))
                .flatMap(firm -> tx.transactional(invitations.renew(id, AccountLinks.hash(secret), now,
                                        now.plus(lifetime))
                                .switchIfEmpty(Mono.error(InvitationNotPending::new))
                                .flatMap(inv -> audit.record(actor.userId(), "invitation.resent", SUBJECT, id, null)
                                        .thenReturn(inv)))
                        .flatMap(inv -> send(inv, firm, actor, links.invitation(secret))));
    }

    public Mono<Invitation> revoke(Actor actor, UUID id) {
        return find(actor, id)
                .then(tx.transactional(invitations.revoke(id, clock.instant())
                        .switchIfEmpty(Mono.error(InvitationNotPending::new))
                        .flatMap(inv -> audit.record(actor.userId(), "invitation.revoked", SUBJECT, id, null)
                                .thenReturn(inv))));
    }

    private Mono<Void> emailFree(UUID firmId, String email) {
        return changes.findByEmail(email).hasElement()
                .zipWith(invitations.openFor(firmId, email))
                .flatMap(t -> t.getT1() || t.getT2() ? Mono.error(new EmailInUse()) : Mono.empty());
    }

    private Mono<Firm> managedFirm(Actor actor, UUID firmId) {
        if (!PeopleRules.mayManage(actor, firmId)) {
            return Mono.error(new NotPermitted());
        }
        return firms.find(firmId).switchIfEmpty(Mono.error(org.exportalliance.portal.firm.membership.FirmNotFound::new))
                .flatMap(firm -> memberships.membershipOf(firmId)
                        .flatMap(m -> m == Membership.ACTIVE ? Mono.just(firm) : Mono.error(new FirmNotActive())));
    }

    private static List<FieldProblem> problems(Actor actor, Firm firm, InvitationDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.email() == null || draft.email().isBlank()) {
            problems.add(new FieldProblem("email", "validation.required"));
        } else {
            MemberRules.email(problems, "email", draft.email());
        }
        problems.addAll(PeopleRules.checkRoles(draft.roles(), PeopleRules.grantable(actor, firm.kind())));
        PeopleRules.checkLocale(problems, draft.locale());
        return problems;
    }

    /** Mails the link in the invitee's language; a mail server that refuses only means the inviter passes it on. */
    private Mono<IssuedInvitation> send(Invitation inv, Firm firm, Actor inviter, String link) {
        if (!mail.enabled()) {
            return Mono.just(new IssuedInvitation(inv, link, false));
        }
        Locale locale = Locale.forLanguageTag(inv.locale());
        String expires = Formats.dateTime(inv.expiresAt(), clock.getZone(), locale);
        return accounts.findById(inviter.userId()).map(UserAccount::displayName).defaultIfEmpty(inviter.username())
                .flatMap(name -> mail.send(inv.email(), locale, "mail.invitation",
                        List.of(firm.name(locale), name, link, expires)))
                .thenReturn(new IssuedInvitation(inv, link, true))
                .onErrorResume(e -> {
                    // The type only: a mail error's message may carry the address.
                    log.warn("An invitation e-mail was not accepted by the mail server ({})",
                            e.getClass().getSimpleName());
                    return Mono.just(new IssuedInvitation(inv, link, false));
                });
    }
}
