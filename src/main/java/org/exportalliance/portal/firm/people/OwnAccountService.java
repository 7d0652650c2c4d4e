package org.exportalliance.portal.firm.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.exportalliance.portal.account.AccountChanges;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiToken;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.TokenSummary;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.mfa.QrCode;
import org.exportalliance.portal.account.mfa.SecondFactors;
import org.exportalliance.portal.account.mfa.Totp;
import org.exportalliance.portal.account.session.SessionEnd;
import org.exportalliance.portal.account.session.UserSession;
import org.exportalliance.portal.account.session.UserSessions;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.membership.MemberRules;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a person does with their own account (我的账户): profile, password, second factor, API tokens and sessions.
 * Every change is audited; none reaches anybody else's account.
 */
@Service
public class OwnAccountService {

    static final String SUBJECT = "user";
    static final String ISSUER = "Export Alliance Portal";

    private final AccountService accounts;
    private final AccountChanges changes;
    private final Passwords passwords;
    private final SecondFactors factors;
    private final ApiTokenService tokens;
    private final UserSessions sessions;
    private final SessionEnds ends;
    private final FirmService firms;
    private final AuditService audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    OwnAccountService(AccountService accounts, AccountChanges changes, Passwords passwords, SecondFactors factors,
            ApiTokenService tokens, UserSessions sessions, SessionEnds ends, FirmService firms, AuditService audit,
            TransactionalOperator tx, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.passwords = passwords;
        this.factors = factors;
        this.tokens = tokens;
        this.sessions = sessions;
        this.ends = ends;
        this.firms = firms;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<UserAccount> profile(Actor actor) {
        return accounts.findById(actor.userId());
    }

    public Mono<UserAccount> updateProfile(Actor actor, ProfileDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        PeopleRules.checkDisplayName(problems, draft.displayName());
        MemberRules.email(problems, "email", draft.email());
        PeopleRules.checkLocale(problems, draft.locale());
        String email = draft.email() == null || draft.email().isBlank() ? null : draft.email().strip();
        return Checks.valid(problems)
                .then(Mono.defer(() -> email == null ? Mono.just(false)
                        : changes.findByEmail(email).filter(other -> !other.id().equals(actor.userId())).hasElement()))
                .flatMap(taken -> taken ? Mono.error(new EmailInUse())
                        : tx.transactional(changes.updateProfile(actor.userId(),
                                        Objects.requireNonNull(draft.displayName()).strip(), email,
                                        Objects.requireNonNull(draft.locale()))
                                .flatMap(user -> audit.record(actor.userId(), "account.profile", SUBJECT,
                                        actor.userId(), null).thenReturn(user))))
                .onErrorMap(org.springframework.dao.DataIntegrityViolationException.class, e -> new EmailInUse());
    }

    /**
     * Changes the password after checking the current one; the person's other sessions end (the one they act from,
     * {@code keep}, stays), their tokens stay.
     */
    public Mono<Void> changePassword(Actor actor, String current, String next, @Nullable UUID keep) {
        return changes.passwordMatches(actor.userId(), current)
                .flatMap(matches -> matches ? Mono.<Void>empty() : Mono.error(new InvalidInput(
                        List.of(new FieldProblem("currentPassword", "account.password.wrong")))))
                .then(Mono.defer(() -> replace(actor, next, keep, "account.password-changed")));
    }

    /** The password a person must set at their first sign-in (the bootstrapped staff account); no current one asked. */
    public Mono<Void> replaceRequiredPassword(Actor actor, String next, @Nullable UUID keep) {
        return accounts.findById(actor.userId())
                .filter(UserAccount::mustChangePassword)
                .switchIfEmpty(Mono.error(org.exportalliance.portal.platform.refusal.NotPermitted::new))
                .flatMap(user -> changes.passwordMatches(actor.userId(), next))
                .flatMap(same -> same ? Mono.<Void>error(new InvalidInput(
                        List.of(new FieldProblem("password", "account.password.same")))) : Mono.empty())
                .then(Mono.defer(() -> replace(actor, next, keep, "account.password-set")));
    }

    private Mono<Void> replace(Actor actor, String next, @Nullable UUID keep, String action) {
        return accounts.findById(actor.userId())
                .flatMap(user -> facts(user).flatMap(facts -> passwords.check("password", next, facts)))
                .then(Mono.defer(() -> tx.transactional(changes.setPassword(actor.userId(), next, false)
                        .then(ends.allOf(actor.userId(), keep, SessionEnd.PASSWORD_CHANGED))
                        .then(audit.record(actor.userId(), action, SUBJECT, actor.userId(), null)))));
    }

    /** What a new password must not resemble: the person's names, e-mail and firm. */
    Mono<List<String>> facts(UserAccount user) {
        List<String> facts = new ArrayList<>(List.of(user.username(), user.displayName()));
        if (user.email() != null) {
            facts.add(user.email());
        }
        return firms.find(user.firmId()).map((Firm firm) -> {
            facts.add(firm.nameZh());
            facts.add(firm.nameEn());
            return facts;
        }).defaultIfEmpty(facts);
    }

    public SecondFactorEnrolment beginSecondFactor(Actor actor) {
        byte[] secret = factors.newSecret();
        String uri = Totp.otpauthUri(ISSUER, actor.username(), secret);
        return new SecondFactorEnrolment(secret, Totp.base32(secret), uri, QrCode.svg(uri));
    }

    /** Confirms the app with a code it shows; the ten recovery codes, shown once. */
    public Mono<List<String>> confirmSecondFactor(Actor actor, byte[] secret, String code) {
        return tx.transactional(factors.enrol(actor.userId(), secret, code)
                .switchIfEmpty(Mono.error(() -> new InvalidInput(
                        List.of(new FieldProblem("code", "account.mfa.code-wrong")))))
                .flatMap(codes -> audit.record(actor.userId(), "account.mfa-enrolled", SUBJECT, actor.userId(), null)
                        .thenReturn(codes)));
    }

    /** Turns the second factor off, with a current code; not for staff and firm admins, who must keep one. */
    public Mono<Void> removeSecondFactor(Actor actor, String code) {
        return accounts.findById(actor.userId())
                .flatMap(user -> SecondFactors.required(user) ? Mono.error(new SecondFactorRequired())
                        : verified(actor, code))
                .then(Mono.defer(() -> tx.transactional(factors.remove(actor.userId())
                        .then(audit.record(actor.userId(), "account.mfa-removed", SUBJECT, actor.userId(), null)))));
    }

    /** Ten new recovery codes for a current code; the old ones stop working. */
    public Mono<List<String>> newRecoveryCodes(Actor actor, String code) {
        return verified(actor, code)
                .then(Mono.defer(() -> tx.transactional(factors.replaceRecoveryCodes(actor.userId())
                        .flatMap(codes -> audit.record(actor.userId(), "account.mfa-codes", SUBJECT, actor.userId(),
                                null).thenReturn(codes)))));
    }

    public Mono<Long> recoveryCodesLeft(Actor actor) {
        return factors.recoveryCodesLeft(actor.userId());
    }

    private Mono<Void> verified(Actor actor, String code) {
        return factors.verify(actor.userId(), code)
                .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(new InvalidInput(
                        List.of(new FieldProblem("code", "account.mfa.code-wrong")))));
    }

    public Flux<TokenSummary> tokens(Actor actor) {
        return tokens.liveOf(actor.userId());
    }

    /** A new API token with a name and an expiry within {@link ApiTokenService#LONGEST}; its secret, shown once. */
    public Mono<ApiToken> createToken(Actor actor, @Nullable String name, @Nullable Instant expiresAt) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (name.strip().length() > 100) {
            problems.add(new FieldProblem("name", "validation.too-long.100"));
        } else {
            PlainText.addTo(problems, "name", name, false);
        }
        if (expiresAt == null) {
            problems.add(new FieldProblem("expiresAt", "validation.required"));
        } else if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(ApiTokenService.LONGEST))) {
            problems.add(new FieldProblem("expiresAt", "account.token.expiry-range"));
        }
        return Checks.valid(problems)
                .then(Mono.defer(() -> tx.transactional(tokens.issue(actor, Objects.requireNonNull(name).strip(),
                                Objects.requireNonNull(expiresAt))
                        .flatMap(token -> audit.record(actor.userId(), "account.token-created", SUBJECT,
                                actor.userId(), token.name()).thenReturn(token)))));
    }

    /** Revokes one of the person's own tokens; false when there is no such live token of theirs. */
    public Mono<Boolean> revokeToken(Actor actor, UUID tokenId) {
        return tx.transactional(tokens.revoke(actor, tokenId)
                .flatMap(revoked -> revoked ? audit.record(actor.userId(), "account.token-revoked", SUBJECT,
                        actor.userId(), tokenId.toString()).thenReturn(true) : Mono.just(false)));
    }

    public Flux<UserSession> sessions(Actor actor) {
        return sessions.liveOf(actor.userId());
    }

    public Mono<Boolean> endSession(Actor actor, UUID sessionId) {
        return ends.one(actor.userId(), sessionId, SessionEnd.ENDED_BY_USER);
    }

    /** Signs the person out everywhere but {@code keep}, the session they act from. */
    public Mono<Long> endOtherSessions(Actor actor, @Nullable UUID keep) {
        return tx.transactional(ends.allOf(actor.userId(), keep, SessionEnd.ENDED_BY_USER)
                .flatMap(n -> audit.record(actor.userId(), "account.sessions-ended", SUBJECT, actor.userId(),
                        Long.toString(n)).thenReturn(n)));
    }
}
