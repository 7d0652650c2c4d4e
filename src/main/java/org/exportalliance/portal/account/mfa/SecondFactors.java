package org.exportalliance.portal.account.mfa;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The second factor of a sign-in: a TOTP authenticator app (RFC 6238), or one of ten single-use recovery codes.
 * Staff and firm admins must have one (outside demo accounts); anyone may.
 *
 * <p>A code is accepted once: the last time step used is kept with the secret and only a later step passes, by a
 * conditional update, so two instances cannot both accept the same code.
 */
@Service
public class SecondFactors {

    private final SecondFactorRepository factors;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final SecureRandom random = org.exportalliance.portal.account.Randomness.seeded();

    SecondFactors(SecondFactorRepository factors, TransactionalOperator tx, Clock clock) {
        this.factors = factors;
        this.tx = tx;
        this.clock = clock;
    }

    /** Staff and firm admins must enrol, except demo accounts, which stay one click (README). */
    public static boolean required(UserAccount account) {
        return !account.demo() && (account.roles().contains(Role.STAFF) || account.roles().contains(Role.FIRM_ADMIN));
    }

    /** A fresh secret for an enrolment to confirm; nothing is stored until a code from it is confirmed. */
    public byte[] newSecret() {
        return Totp.newSecret(random);
    }

    /**
     * Confirms an enrolment with a code from the app and stores the secret; the ten recovery codes, shown once.
     * Empty when the code does not match, or the person has a second factor already.
     */
    public Mono<List<String>> enrol(UUID userId, byte[] secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return Mono.empty();
        }
        return tx.transactional(factors.enrol(userId, secret, step.getAsLong(), now())
                .filter(n -> n == 1)
                .flatMap(n -> replaceRecoveryCodes(userId)));
    }

    /** Whether {@code code} is a current TOTP code or an unused recovery code of the person; either is used up. */
    public Mono<Boolean> verify(UUID userId, String code) {
        String typed = code.strip();
        if (typed.length() > 12) {
            return useRecoveryCode(userId, typed);
        }
        return factors.secretOf(userId)
                .flatMap(secret -> {
                    OptionalLong step = Totp.matchingStep(secret, typed, clock.instant());
                    if (step.isEmpty()) {
                        return Mono.just(false);
                    }
                    return factors.useStep(userId, step.getAsLong());
                })
                .defaultIfEmpty(false);
    }

    /** Ten new recovery codes in place of the old ones, shown once. */
    public Mono<List<String>> replaceRecoveryCodes(UUID userId) {
        List<String> codes = RecoveryCodes.generate(random);
        Mono<Void> store = factors.replaceRecoveryCodes(userId, codes.stream().map(RecoveryCodes::hash).toList());
        return tx.transactional(store).thenReturn(codes);
    }

    public Mono<Long> recoveryCodesLeft(UUID userId) {
        return factors.recoveryCodesLeft(userId);
    }

    /** Removes the second factor (the person turns it off, or staff reset a lost phone). */
    public Mono<Boolean> remove(UUID userId) {
        return tx.transactional(factors.remove(userId).map(n -> n == 1));
    }

    private Mono<Boolean> useRecoveryCode(UUID userId, String typed) {
        return factors.useRecoveryCode(userId, RecoveryCodes.hash(typed), now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
