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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
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

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final SecureRandom random = org.exportalliance.portal.account.Randomness.seeded();

    SecondFactors(DatabaseClient db, TransactionalOperator tx, Clock clock) {
        this.db = db;
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
        return tx.transactional(db.sql("""
                        update app_user set mfa_secret = :secret, mfa_enrolled_at = :now, mfa_last_step = :step
                        where id = :id and mfa_secret is null""")
                .bind("secret", secret).bind("now", now()).bind("step", step.getAsLong()).bind("id", userId)
                .fetch().rowsUpdated()
                .filter(n -> n == 1)
                .flatMap(n -> replaceRecoveryCodes(userId)));
    }

    /** Whether {@code code} is a current TOTP code or an unused recovery code of the person; either is used up. */
    public Mono<Boolean> verify(UUID userId, String code) {
        String typed = code.strip();
        if (typed.length() > 12) {
            return useRecoveryCode(userId, typed);
        }
        return db.sql("select mfa_secret from app_user where id = :id and mfa_secret is not null").bind("id", userId)
                .map(row -> row.get(0, byte[].class)).one()
                .flatMap(secret -> {
                    OptionalLong step = Totp.matchingStep(secret, typed, clock.instant());
                    if (step.isEmpty()) {
                        return Mono.just(false);
                    }
                    return db.sql("update app_user set mfa_last_step = :step where id = :id"
                                    + " and (mfa_last_step is null or mfa_last_step < :step)")
                            .bind("step", step.getAsLong()).bind("id", userId)
                            .fetch().rowsUpdated().map(n -> n == 1);
                })
                .defaultIfEmpty(false);
    }

    /** Ten new recovery codes in place of the old ones, shown once. */
    public Mono<List<String>> replaceRecoveryCodes(UUID userId) {
        List<String> codes = RecoveryCodes.generate(random);
        Mono<Void> store = db.sql("delete from mfa_recovery_code where user_id = :id").bind("id", userId).then()
                .thenMany(Flux.fromIterable(codes).concatMap(code -> db.sql(
                                "insert into mfa_recovery_code (user_id, code_hash) values (:id, :hash)")
                        .bind("id", userId).bind("hash", RecoveryCodes.hash(code)).then()))
                .then();
        return tx.transactional(store).thenReturn(codes);
    }

    public Mono<Long> recoveryCodesLeft(UUID userId) {
        return db.sql("select count(*) from mfa_recovery_code where user_id = :id and used_at is null")
                .bind("id", userId).map(row -> row.get(0, Long.class)).one();
    }

    /** Removes the second factor (the person turns it off, or staff reset a lost phone). */
    public Mono<Boolean> remove(UUID userId) {
        return tx.transactional(db.sql("delete from mfa_recovery_code where user_id = :id").bind("id", userId).then()
                .then(db.sql("update app_user set mfa_secret = null, mfa_enrolled_at = null, mfa_last_step = null"
                                + " where id = :id and mfa_secret is not null")
                        .bind("id", userId).fetch().rowsUpdated())
                .map(n -> n == 1));
    }

    private Mono<Boolean> useRecoveryCode(UUID userId, String typed) {
        return db.sql("update mfa_recovery_code set used_at = :now"
                        + " where user_id = :id and code_hash = :hash and used_at is null")
                .bind("now", now()).bind("id", userId).bind("hash", RecoveryCodes.hash(typed))
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
