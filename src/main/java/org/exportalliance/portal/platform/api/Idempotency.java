package org.exportalliance.portal.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * {@code Idempotency-Key} for POST: a request repeated with the same key (per user) is executed once and answered with
 * the stored response.
 *
 * <p>The key row, the action and the stored answer share one transaction. A concurrent duplicate waits on the key's
 * unique index until the first commits and then replays its answer; if the action fails, everything rolls back and
 * the key is free again.
 */
@Component
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    Idempotency(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
        this.tx = tx;
    }

    public Mono<StoredResponse> execute(Actor actor, @Nullable String key, String requestFingerprint,
            Supplier<Mono<StoredResponse>> action) {
        if (key == null) {
            return action.get();
        }
        String trimmed = key.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_KEY) {
            return Mono.error(new InvalidInput(List.of(new FieldProblem(HEADER, "validation.bad-value"))));
        }
        String hash = sha256(requestFingerprint);
        Mono<StoredResponse> once = claim(actor, trimmed, hash)
                .flatMap(fresh -> fresh
                        ? action.get().flatMap(response -> store(actor, trimmed, response).thenReturn(response))
                        : replay(actor, trimmed, hash));
        return tx.transactional(once);
    }

    private Mono<Boolean> claim(Actor actor, String key, String hash) {
        return db.sql("insert into idempotency_record (user_id, idem_key, request_hash) values (:user, :key, :hash) "
                        + "on conflict do nothing")
                .bind("user", actor.userId()).bind("key", key).bind("hash", hash)
                .fetch().rowsUpdated()
                .map(n -> n == 1);
    }

    private Mono<Void> store(Actor actor, String key, StoredResponse response) {
        return db.sql("update idempotency_record set status = :status, location = :location, etag = :etag, body = :body "
                        + "where user_id = :user and idem_key = :key")
                .bind("status", response.status())
                .bind("location", Parameter.fromOrEmpty(response.location(), String.class))
                .bind("etag", Parameter.fromOrEmpty(response.etag(), String.class))
                .bind("body", response.body())
                .bind("user", actor.userId()).bind("key", key)
                .then();
    }

    private Mono<StoredResponse> replay(Actor actor, String key, String hash) {
        return db.sql("select request_hash, status, location, etag, body from idempotency_record "
                        + "where user_id = :user and idem_key = :key")
                .bind("user", actor.userId()).bind("key", key)
                .map(row -> {
                    if (!hash.equals(row.get("request_hash", String.class))) {
                        throw new IdempotencyKeyReused();
                    }
                    Integer status = row.get("status", Integer.class);
                    if (status == null) {
                        throw new IdempotencyInProgress();
                    }
                    return new StoredResponse(status, row.get("location", String.class), row.get("etag", String.class),
                            row.get("body", String.class), true);
                })
                .one();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
