package org.exportalliance.portal.support;

import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** New member firms with one user each, for tests that need more firms than the demo alliance has. */
@Component
public class Members {

    private final DatabaseClient db;

    Members(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Actor> newFirm(String prefix, Role... roles) {
        UUID firm = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String name = (prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + Integer.toString((int) (Math.random() * 1000), 36)).toLowerCase(java.util.Locale.ROOT);
        Set<Role> granted = roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles);
        return db.sql("insert into firm (id, name_zh, name_en, kind) values (:id, :zh, :en, 'MEMBER')")
                .bind("id", firm).bind("zh", "测试企业" + name).bind("en", "Test Firm " + name).then()
                .then(db.sql("insert into app_user (id, firm_id, username, display_name, password_hash, roles) "
                                + "values (:id, :firm, :name, :name, 'not-a-hash', :roles)")
                        .bind("id", user).bind("firm", firm).bind("name", name)
                        .bind("roles", granted.stream().map(Enum::name).toArray(String[]::new)).then())
                .thenReturn(new Actor(user, firm, name, granted));
    }
}
