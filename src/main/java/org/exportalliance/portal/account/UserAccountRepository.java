package org.exportalliance.portal.account;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for {@code app_user}. Firm-owned reads take the firm id. */
@Repository
class UserAccountRepository {

    static final String COLUMNS =
            "id, firm_id, username, display_name, email, roles, locale, enabled, demo, created_at, firm_suspended,"
            + " must_change_password, mfa_enrolled_at";

    private final DatabaseClient db;

    UserAccountRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<UserAccount> findByUsername(String username) {
        return db.sql("select " + COLUMNS + " from app_user where username = :username")
                .bind("username", username)
                .map(UserAccountRepository::read)
                .one();
    }

    Mono<UserAccount> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from app_user where id = :id").bind("id", id)
                .map(UserAccountRepository::read).one();
    }

    /** The account, its password hash and its lock, for checking a sign-in; one read. */
    Mono<SignInLockout.Credentials> findCredentials(String username) {
        return db.sql("select " + COLUMNS + ", password_hash, failed_sign_ins, sign_in_locked_until"
                        + " from app_user where username = :username")
                .bind("username", username)
                .map(row -> new SignInLockout.Credentials(read(row), row.get("password_hash", String.class),
                        row.get("failed_sign_ins", Integer.class),
                        instantOrNull(row.get("sign_in_locked_until", OffsetDateTime.class))))
                .one();
    }

    /**
     * Counts a failed sign-in, in one conditional statement: a failure more than {@code since} after the last one
     * starts a new run; the run's {@code maxFailures}-th failure locks the account until {@code lockUntil}. While the
     * account is locked nothing changes (attempts are refused before any password is checked, and a late failure
     * must not stretch the lock).
     */
    Mono<Long> recordFailedSignIn(UUID userId, Instant now, Instant since, int maxFailures, Instant lockUntil) {
        return db.sql("""
                        update app_user set
                            failed_sign_ins = case when last_failed_sign_in_at > :since then failed_sign_ins + 1 else 1 end,
                            last_failed_sign_in_at = :now,
                            sign_in_locked_until = case
                                when (case when last_failed_sign_in_at > :since then failed_sign_ins + 1 else 1 end)
                                     >= :max then :lockUntil
                                else sign_in_locked_until end
                        where id = :id and (sign_in_locked_until is null or sign_in_locked_until <= :now)""")
                .bind("id", userId)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .bind("max", maxFailures)
                .bind("lockUntil", OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC))
                .fetch().rowsUpdated();
    }

    Mono<Long> clearFailedSignIns(UUID userId) {
        return db.sql("update app_user set failed_sign_ins = 0, last_failed_sign_in_at = null"
                        + " where id = :id and failed_sign_ins > 0")
                .bind("id", userId)
                .fetch().rowsUpdated();
    }

    Flux<UserAccount> findByFirm(UUID firmId) {
        return db.sql("select " + COLUMNS + " from app_user where firm_id = :firmId order by display_name")
                .bind("firmId", firmId)
                .map(UserAccountRepository::read)
                .all();
    }

    /** The ids of a firm's enabled users: what telling a firm needs, without reading whole accounts. */
    Flux<UUID> enabledIdsOfFirm(UUID firmId) {
        return db.sql("select id from app_user where firm_id = :firmId and enabled order by display_name")
                .bind("firmId", firmId)
                .map(row -> row.get("id", UUID.class))
                .all();
    }

    Flux<UserAccount> findByRole(Role role) {
        return db.sql("select " + COLUMNS + " from app_user where :role = any(roles) order by display_name")
                .bind("role", role.name())
                .map(UserAccountRepository::read)
                .all();
    }

    Mono<UserAccount> insert(UUID id, NewUser user, String passwordHash) {
        return db.sql("""
                        insert into app_user (id, firm_id, username, display_name, email, password_hash, roles, locale, demo)
                        values (:id, :firmId, :username, :displayName, :email, :hash, :roles, :locale, :demo)
                        returning\s""" + COLUMNS)
                .bind("id", id)
                .bind("firmId", user.firmId())
                .bind("username", user.username())
                .bind("displayName", user.displayName())
                .bind("email", Parameter.fromOrEmpty(user.email(), String.class))
                .bind("hash", passwordHash)
                .bind("roles", user.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .bind("locale", user.locale())
                .bind("demo", user.demo())
                .map(UserAccountRepository::read)
                .one();
    }

    Mono<Long> updateLocale(UUID userId, String locale) {
        return db.sql("update app_user set locale = :locale where id = :id")
                .bind("locale", locale).bind("id", userId)
                .fetch().rowsUpdated();
    }

    Mono<UserAccount> findByEmail(String email) {
        return db.sql("select " + COLUMNS + " from app_user where lower(email) = lower(:email)")
                .bind("email", email)
                .map(UserAccountRepository::read)
                .one();
    }

    Mono<String> passwordHash(UUID id) {
        return db.sql("select password_hash from app_user where id = :id").bind("id", id)
                .map(row -> row.get(0, String.class)).one();
    }

    /** A new password; clears the demand to change it and any lock from failed sign-ins. */
    Mono<Long> updatePassword(UUID id, String hash, Instant at, boolean mustChange) {
        return db.sql("""
                        update app_user set password_hash = :hash, password_changed_at = :at,
                            must_change_password = :mustChange, failed_sign_ins = 0, last_failed_sign_in_at = null,
                            sign_in_locked_until = null
                        where id = :id""")
                .bind("id", id).bind("hash", hash).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("mustChange", mustChange)
                .fetch().rowsUpdated();
    }

    Mono<UserAccount> updateProfile(UUID id, String displayName, @Nullable String email, String locale) {
        return db.sql("update app_user set display_name = :name, email = :email, locale = :locale where id = :id"
                        + " returning " + COLUMNS)
                .bind("id", id).bind("name", displayName)
                .bind("email", Parameter.fromOrEmpty(email, String.class)).bind("locale", locale)
                .map(UserAccountRepository::read).one();
    }

    /** Only within {@code firmId}: a caller scoped to one firm cannot change another firm's people. */
    Mono<UserAccount> updateRoles(UUID firmId, UUID id, Set<Role> roles) {
        return db.sql("update app_user set roles = :roles where id = :id and firm_id = :firm returning " + COLUMNS)
                .bind("id", id).bind("firm", firmId)
                .bind("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
                .map(UserAccountRepository::read).one();
    }

    Mono<UserAccount> updateEnabled(UUID firmId, UUID id, boolean enabled, Instant at) {
        return db.sql("""
                        update app_user set enabled = :enabled,
                            deactivated_at = case when :enabled then null else :at end
                        where id = :id and firm_id = :firm and enabled <> :enabled
                        returning\s""" + COLUMNS)
                .bind("id", id).bind("firm", firmId).bind("enabled", enabled)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .map(UserAccountRepository::read).one();
    }

    /** The ids of the firm's people whose sign-in this changed. */
    Flux<UUID> updateFirmSuspended(UUID firmId, boolean suspended) {
        return db.sql("update app_user set firm_suspended = :suspended where firm_id = :firm"
                        + " and firm_suspended <> :suspended returning id")
                .bind("firm", firmId).bind("suspended", suspended)
                .map(row -> row.get(0, UUID.class)).all();
    }

    Mono<Long> demandPasswordChange(UUID id) {
        return db.sql("update app_user set must_change_password = true where id = :id").bind("id", id)
                .fetch().rowsUpdated();
    }

    Mono<Long> count() {
        return db.sql("select count(*) from app_user").map(row -> row.get(0, Long.class)).one();
    }

    static UserAccount read(Readable row) {
        String[] roles = row.get("roles", String[].class);
        Set<Role> roleSet = roles == null || roles.length == 0
                ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new UserAccount(
                row.get("id", UUID.class),
                row.get("firm_id", UUID.class),
                row.get("username", String.class),
                row.get("display_name", String.class),
                row.get("email", String.class),
                roleSet,
                row.get("locale", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                Boolean.TRUE.equals(row.get("demo", Boolean.class)),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                Boolean.TRUE.equals(row.get("firm_suspended", Boolean.class)),
                Boolean.TRUE.equals(row.get("must_change_password", Boolean.class)),
                row.get("mfa_enrolled_at", OffsetDateTime.class) != null);
    }

    private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

}
