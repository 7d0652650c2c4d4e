package org.exportalliance.portal.request;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Responder units with their members and categories, each read in one query. */
@Repository
class ResponderRepository {

    private static final String SELECT = """
            select u.id, u.name_zh, u.name_en, u.kind, u.lead_user_id, u.active,
                   array(select m.user_id from responder_member m where m.unit_id = u.id) as members,
                   array(select c.category_code from responder_category c where c.unit_id = u.id) as categories
            from responder_unit u""";

    private final DatabaseClient db;

    ResponderRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<ResponderUnit> all() {
        return db.sql(SELECT + " order by u.name_zh").map(ResponderRepository::unit).all();
    }

    Mono<ResponderUnit> find(UUID id) {
        return db.sql(SELECT + " where u.id = :id").bind("id", id).map(ResponderRepository::unit).one();
    }

    /** The units {@code user} is a member of. */
    Flux<ResponderUnit> of(UUID user) {
        return db.sql(SELECT + " where u.id in (select unit_id from responder_member where user_id = :user)"
                        + " order by u.name_zh")
                .bind("user", user).map(ResponderRepository::unit).all();
    }

    Mono<Void> insert(ResponderUnit unit, OffsetDateTime now) {
        var insert = db.sql("""
                        insert into responder_unit (id, name_zh, name_en, kind, lead_user_id, active, created_at)
                        values (:id, :zh, :en, :kind, :lead, :active, :now)""")
                .bind("id", unit.id()).bind("zh", unit.nameZh()).bind("en", unit.nameEn())
                .bind("kind", unit.kind().name()).bind("active", unit.active()).bind("now", now);
        return RequestRows.nullable(insert, "lead", unit.leadUserId(), UUID.class).then()
                .then(db.sql("""
                                insert into responder_member (unit_id, user_id)
                                select :id, unnest(cast(:members as uuid[]))""")
                        .bind("id", unit.id()).bind("members", unit.members().toArray(UUID[]::new)).then())
                .then(db.sql("""
                                insert into responder_category (unit_id, category_code)
                                select :id, unnest(cast(:categories as text[]))""")
                        .bind("id", unit.id()).bind("categories", unit.categories().toArray(String[]::new)).then());
    }

    private static ResponderUnit unit(Readable row) {
        UUID[] members = row.get("members", UUID[].class);
        String[] categories = row.get("categories", String[].class);
        return new ResponderUnit(row.get("id", UUID.class), row.get("name_zh", String.class),
                row.get("name_en", String.class), ResponderUnit.Kind.valueOf(row.get("kind", String.class)),
                row.get("lead_user_id", UUID.class), Boolean.TRUE.equals(row.get("active", Boolean.class)),
                members == null ? Set.of() : Set.of(members), categories == null ? Set.of() : Set.of(categories));
    }
}
