package org.exportalliance.portal.firm.people;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for {@code invitation}. Reads by firm take the firm id; the link's secret is only ever matched by its hash. */
@Repository
class InvitationRepository {

    private static final String COLUMNS = "id, firm_id, email, roles, locale, invited_by, created_at, expires_at,"
            + " sent_at, sent_count, accepted_at, revoked_at";

    private final DatabaseClient db;

    InvitationRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Invitation> insert(UUID id, UUID firmId, String email, Set<Role> roles, String locale, UUID invitedBy,
            byte[] tokenHash, Instant now, Instant expires) {
        return db.sql("insert into invitation (id, firm_id, email, roles, locale, token_hash, invited_by, created_at,"
                        + " expires_at, sent_at) values (:id, :firm, :email, :roles, :locale, :hash, :by, :now,"
                        + " :expires, :now) returning " + COLUMNS)
                .bind("id", id).bind("firm", firmId).bind("email", email).bind("roles", names(roles))
                .bind("locale", locale).bind("hash", tokenHash).bind("by", invitedBy).bind("now", at(now))
                .bind("expires", at(expires))
                .map(InvitationRepository::read).one();
    }

    /** The firm's invitations, open ones first, then the latest of the others. */
    Flux<Invitation> ofFirm(UUID firmId, int limit) {
        return db.sql("select " + COLUMNS + " from invitation where firm_id = :firm"
                        + " order by (accepted_at is null and revoked_at is null) desc, created_at desc limit :limit")
                .bind("firm", firmId).bind("limit", limit)
                .map(InvitationRepository::read).all();
    }

    Mono<Invitation> find(UUID id, @Nullable UUID firmId) {
        return db.sql("select " + COLUMNS + " from invitation where id = :id and firm_id = coalesce(:firm, firm_id)")
                .bind("id", id).bind("firm", Parameter.fromOrEmpty(firmId, UUID.class))
                .map(InvitationRepository::read).one();
    }

    /** An open invitation with a new secret and a new expiry; empty when it was accepted or revoked meanwhile. */
    Mono<Invitation> renew(UUID id, byte[] tokenHash, Instant now, Instant expires) {
        return db.sql("update invitation set token_hash = :hash, sent_at = :now, expires_at = :expires,"
                        + " sent_count = sent_count + 1 where id = :id and accepted_at is null and revoked_at is null"
                        + " and sent_count < 50 returning " + COLUMNS)
                .bind("id", id).bind("hash", tokenHash).bind("now", at(now)).bind("expires", at(expires))
                .map(InvitationRepository::read).one();
    }

    Mono<Invitation> revoke(UUID id, Instant now) {
        return db.sql("update invitation set revoked_at = :now where id = :id and accepted_at is null"
                        + " and revoked_at is null returning " + COLUMNS)
                .bind("id", id).bind("now", at(now))
                .map(InvitationRepository::read).one();
    }

    /** The open, unexpired invitation a link's secret stands for. */
    Mono<Invitation> findUsable(byte[] tokenHash, Instant now) {
        return db.sql("select " + COLUMNS + " from invitation where token_hash = :hash and accepted_at is null"
                        + " and revoked_at is null and expires_at > :now")
                .bind("hash", tokenHash).bind("now", at(now))
                .map(InvitationRepository::read).one();
    }

    /**
     * Locks the invitation while it is still open, for the transaction that accepts it: of two acceptances at once,
     * the second waits and then finds it used.
     */
    Mono<UUID> lockOpen(UUID id, Instant now) {
        return db.sql("select id from invitation where id = :id and accepted_at is null and revoked_at is null"
                        + " and expires_at > :now for update")
                .bind("id", id).bind("now", at(now))
                .map(row -> row.get(0, UUID.class)).one();
    }

    /** Uses the invitation up for {@code userId}; empty when another request used it first. */
    Mono<Invitation> accept(UUID id, UUID userId, Instant now) {
        return db.sql("update invitation set accepted_at = :now, accepted_by = :user where id = :id"
                        + " and accepted_at is null and revoked_at is null and expires_at > :now returning " + COLUMNS)
                .bind("id", id).bind("user", userId).bind("now", at(now))
                .map(InvitationRepository::read).one();
    }

    Mono<Boolean> openFor(UUID firmId, String email) {
        return db.sql("select 1 from invitation where firm_id = :firm and lower(email) = lower(:email)"
                        + " and accepted_at is null and revoked_at is null")
                .bind("firm", firmId).bind("email", email)
                .map(row -> true).one().defaultIfEmpty(false);
    }

    /** Which of these addresses (lower case) an open, unexpired invitation of any firm is for. */
    Flux<String> openAmong(String[] emails, Instant now) {
        return db.sql("select distinct lower(email) from invitation where lower(email) = any(:emails)"
                        + " and accepted_at is null and revoked_at is null and expires_at > :now")
                .bind("emails", emails).bind("now", at(now))
                .map(row -> row.get(0, String.class)).all();
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static Invitation read(Readable row) {
        String[] roles = row.get("roles", String[].class);
        Set<Role> set = roles == null ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Invitation(row.get("id", UUID.class), row.get("firm_id", UUID.class),
                row.get("email", String.class), set, row.get("locale", String.class),
                row.get("invited_by", UUID.class), row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("expires_at", OffsetDateTime.class).toInstant(),
                row.get("sent_at", OffsetDateTime.class).toInstant(), row.get("sent_count", Integer.class),
                instant(row.get("accepted_at", OffsetDateTime.class)),
                instant(row.get("revoked_at", OffsetDateTime.class)));
    }
}
