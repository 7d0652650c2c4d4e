package org.exportalliance.portal.firm.people;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.account.AccountChanges;
import org.exportalliance.portal.account.AccountLinks;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.session.SessionEnd;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.platform.refusal.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A forgotten password. Asking for a reset answers at once and the same whether the name or address is an account or
 * not: the lookup, the link and the e-mail happen afterwards, apart from the answer, so neither its words nor its time
 * tell who has an account. The link works once, for 30 minutes; using it ends every session and token of the person.
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    static final String SUBJECT = "user";

    private final AccountService accounts;
    private final AccountChanges changes;
    private final AccountLinks links;
    private final SessionEnds ends;
    private final ApiTokenService tokens;
    private final OwnAccountService own;
    private final Passwords passwords;
    private final EmailSender mail;
    private final PortalLinks portal;
    private final AuditService audit;
    private final TransactionalOperator tx;

    PasswordResets(AccountService accounts, AccountChanges changes, AccountLinks links, SessionEnds ends,
            ApiTokenService tokens, OwnAccountService own, Passwords passwords, EmailSender mail, PortalLinks portal,
            AuditService audit, TransactionalOperator tx) {
        this.accounts = accounts;
        this.changes = changes;
        this.links = links;
        this.ends = ends;
        this.tokens = tokens;
        this.own = own;
        this.passwords = passwords;
        this.mail = mail;
        this.portal = portal;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * Starts a reset for a username or e-mail address and returns at once, before anything is looked up; the e-mail,
     * if any, follows. Nothing comes back, so that no caller can wait on, or time, the lookup.
     */
    public void request(String nameOrEmail) {
        work(nameOrEmail).subscribe();
    }

    /** The work a request starts; tests wait for it. */
    Mono<Void> work(String nameOrEmail) {
        String typed = nameOrEmail.strip();
        if (typed.isEmpty() || typed.length() > 254) {
            return Mono.empty();
        }
        return find(typed).filter(accounts::maySignIn).flatMap(this::sendLink)
                .onErrorResume(e -> {
                    // The type only: a mail error's message may carry the address.
                    log.warn("A password reset could not be sent ({})", e.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    private Mono<UserAccount> find(String typed) {
        return typed.contains("@") ? changes.findByEmail(typed) : accounts.findByUsername(typed.toLowerCase(Locale.ROOT));
    }

    private Mono<Void> sendLink(UserAccount user) {
        if (user.email() == null || !mail.enabled()) {
            log.info("A password reset was asked for an account that e-mail cannot reach (no address, or e-mail off)");
            return Mono.empty();
        }
        Locale locale = Locale.forLanguageTag(user.locale());
        return links.issueReset(user.id())
                .flatMap(secret -> audit.record(user.id(), "account.reset-requested", SUBJECT, user.id(), null)
                        .then(mail.send(user.email(), locale, "mail.password-reset",
                                List.of(user.displayName(), portal.passwordReset(secret),
                                        Long.toString(AccountLinks.RESET_LIFETIME.toMinutes())))));
    }

    /**
     * Staff make a reset link for a person whom e-mail cannot reach (no address, no mail server), to pass on
     * themselves; audited. The link is the same single-use, 30-minute link the e-mail would carry.
     */
    public Mono<String> linkFor(Actor staff, UUID userId) {
        return Checks.staffOnly(staff)
                .then(Mono.defer(() -> accounts.findById(userId)))
                .switchIfEmpty(Mono.error(PersonNotFound::new))
                .flatMap(user -> links.issueReset(user.id())
                        .switchIfEmpty(Mono.error(ResetTooSoon::new))
                        .flatMap(secret -> audit.record(staff.userId(), "account.reset-link-made", SUBJECT, user.id(),
                                        null)
                                .thenReturn(portal.passwordReset(secret))));
    }

    /** Whether a reset link still works; the page asks before showing the form. */
    public Mono<Boolean> usable(String secret) {
        return links.resetFor(secret).hasElement();
    }

    /** Sets the new password and ends every session and token of the person; {@link LinkUnusable} if it is not. */
    public Mono<Void> complete(String secret, String password) {
        return links.resetFor(secret)
                .switchIfEmpty(Mono.error(LinkUnusable::new))
                .flatMap(accounts::findById)
                .flatMap(user -> own.facts(user).flatMap(facts -> passwords.check("password", password, facts))
                        .thenReturn(user))
                .flatMap(user -> tx.transactional(links.useReset(secret)
                        .switchIfEmpty(Mono.error(LinkUnusable::new))
                        .filter(id -> id.equals(user.id()))
                        .flatMap(id -> changes.setPassword(id, password, false)
                                .then(ends.allOf(id, null, SessionEnd.PASSWORD_RESET))
                                .then(tokens.revokeAllOf(id))
                                .then(audit.record(id, "account.password-reset", SUBJECT, id, null)))));
    }

}
