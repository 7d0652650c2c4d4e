package org.exportalliance.portal.account;

import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for {@code app_user}. Firm-owned reads take the firm id. */
@Repository
class UserAccountRepository {

    private static final String COLUMNS =
            "id, firm_id, username, display_name, email, roles, locale, enabled, demo, created_at";

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

    Mono<String> passwordHashOf(UUID userId) {
        return db.sql("select password_hash from app_user where id = :id").bind("id", userId)
                .map(row -> row.get(0, String.class)).one();
    }

    Flux<UserAccount> findByFirm(UUID firmId) {
        return db.sql("select " + COLUMNS + " from app_user where firm_id = :firmId order by display_name")
                .bind("firmId", firmId)
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

    Mono<Long> count() {
        return db.sql("select count(*) from app_user").map(row -> row.get(0, Long.class)).one();
    }

    private static UserAccount read(Readable row) {
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
                row.get("created_at", java.time.OffsetDateTime.class).toInstant());
    }

}
