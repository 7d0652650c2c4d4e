package org.exportalliance.portal.account.mfa;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for second factors: the TOTP secret and the last time step used (columns of {@code app_user}) and the hashed
 * recovery codes ({@code mfa_recovery_code}). Every use is a conditional update, so a code passes once.
 */
@Repository
class SecondFactorRepository {

    private final DatabaseClient db;

    SecondFactorRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Stores the secret unless the person has one; the number of rows changed (0 or 1). */
    Mono<Long> enrol(UUID userId, byte[] secret, long step, OffsetDateTime now) {
        return db.sql("""
                        update app_user set mfa_secret = :secret, mfa_enrolled_at = :now, mfa_last_step = :step
                        where id = :id and mfa_secret is null""")
                .bind("secret", secret).bind("now", now).bind("step", step).bind("id", userId)
                .fetch().rowsUpdated();
    }

    Mono<byte[]> secretOf(UUID userId) {
        return db.sql("select mfa_secret from app_user where id = :id and mfa_secret is not null").bind("id", userId)
                .map(row -> row.get(0, byte[].class)).one();
    }

    /** Uses a time step, if it is later than the last one used; false otherwise. */
    Mono<Boolean> useStep(UUID userId, long step) {
        return db.sql("update app_user set mfa_last_step = :step where id = :id"
                        + " and (mfa_last_step is null or mfa_last_step < :step)")
                .bind("step", step).bind("id", userId)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    Mono<Void> replaceRecoveryCodes(UUID userId, List<byte[]> hashes) {
        return db.sql("delete from mfa_recovery_code where user_id = :id").bind("id", userId).then()
                .thenMany(Flux.fromIterable(hashes).concatMap(hash -> db.sql(
                                "insert into mfa_recovery_code (user_id, code_hash) values (:id, :hash)")
                        .bind("id", userId).bind("hash", hash).then()))
                .then();
    }

    Mono<Long> recoveryCodesLeft(UUID userId) {
        return db.sql("select count(*) from mfa_recovery_code where user_id = :id and used_at is null")
                .bind("id", userId).map(row -> row.get(0, Long.class)).one();
    }

    /** Removes secret and codes; the number of accounts that had a secret (0 or 1). */
    Mono<Long> remove(UUID userId) {
        return db.sql("delete from mfa_recovery_code where user_id = :id").bind("id", userId).then()
                .then(db.sql("update app_user set mfa_secret = null, mfa_enrolled_at = null, mfa_last_step = null"
                                + " where id = :id and mfa_secret is not null")
                        .bind("id", userId).fetch().rowsUpdated());
    }

    Mono<Boolean> useRecoveryCode(UUID userId, byte[] hash, OffsetDateTime now) {
        return db.sql("update mfa_recovery_code set used_at = :now"
                        + " where user_id = :id and code_hash = :hash and used_at is null")
                .bind("now", now).bind("id", userId).bind("hash", hash)
                .fetch().rowsUpdated().map(n -> n == 1);
    }
}
