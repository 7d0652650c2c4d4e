package org.exportalliance.portal.request.setup;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.request.ResponderUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Responder units as staff edit them: with version and load; members and categories replaced as a whole. */
@Repository
class UnitSetupRepository {

    private static final String SELECT = """
            select u.id, u.name_zh, u.name_en, u.kind, u.lead_user_id, u.active, u.version,
                   array(select m.user_id from responder_member m where m.unit_id = u.id) as members,
                   array(select c.category_code from responder_category c where c.unit_id = u.id) as categories,
                   (select count(*) from service_request r where r.unit_id = u.id
                        and r.status in ('DISPATCHED', 'IN_PROGRESS', 'WAITING')) as open
            from responder_unit u""";

    private final DatabaseClient db;

    UnitSetupRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<UnitEntry> all() {
        return db.sql(SELECT + " order by u.active desc, u.name_zh").map(UnitSetupRepository::entry).all();
    }

    Mono<UnitEntry> find(UUID id) {
        return db.sql(SELECT + " where u.id = :id").bind("id", id).map(UnitSetupRepository::entry).one();
    }

    /** Requests the unit still answers for: in hand, or resolved and awaiting the firm, which may reopen them. */
    Mono<Long> unfinished(UUID id) {
        return db.sql("""
                        select count(*) as n from service_request where unit_id = :id
                        and status in ('DISPATCHED', 'IN_PROGRESS', 'WAITING', 'RESOLVED')""")
                .bind("id", id).map(row -> row.get("n", Long.class)).one();
    }

    Mono<Void> insert(UUID id, UnitDraft d, OffsetDateTime now) {
        var insert = db.sql("""
                        insert into responder_unit (id, name_zh, name_en, kind, lead_user_id, active, created_at)
                        values (:id, :zh, :en, :kind, :lead, true, :now)""")
                .bind("id", id).bind("zh", d.nameZh()).bind("en", d.nameEn()).bind("kind", kind(d))
                .bind("now", now);
        insert = d.leadUserId() == null ? insert.bindNull("lead", UUID.class) : insert.bind("lead", d.leadUserId());
        return insert.then().then(replaceMembersAndCategories(id, d));
    }

    /** The rows changed: 0 when the version moved on. Members and categories follow only when it did not. */
    Mono<Long> update(UUID id, long version, UnitDraft d) {
        var update = db.sql("""
                        update responder_unit set name_zh = :zh, name_en = :en, kind = :kind, lead_user_id = :lead,
                               version = version + 1
                        where id = :id and version = :version""")
                .bind("id", id).bind("version", version).bind("zh", d.nameZh()).bind("en", d.nameEn())
                .bind("kind", kind(d));
        update = d.leadUserId() == null ? update.bindNull("lead", UUID.class) : update.bind("lead", d.leadUserId());
        return update.fetch().rowsUpdated()
                .flatMap(rows -> rows == 0 ? Mono.just(0L) : replaceMembersAndCategories(id, d).thenReturn(rows));
    }

    Mono<Long> setActive(UUID id, long version, boolean active) {
        return db.sql("""
                        update responder_unit set active = :active, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", id).bind("version", version).bind("active", active).fetch().rowsUpdated();
    }

    private Mono<Void> replaceMembersAndCategories(UUID id, UnitDraft d) {
        return db.sql("delete from responder_member where unit_id = :id").bind("id", id).then()
                .then(db.sql("delete from responder_category where unit_id = :id").bind("id", id).then())
                .then(db.sql("""
                                insert into responder_member (unit_id, user_id)
                                select :id, unnest(cast(:members as uuid[]))""")
                        .bind("id", id).bind("members", d.members().toArray(UUID[]::new)).then())
                .then(db.sql("""
                                insert into responder_category (unit_id, category_code)
                                select :id, unnest(cast(:categories as text[]))""")
                        .bind("id", id).bind("categories", d.categories().toArray(String[]::new)).then());
    }

    private static String kind(UnitDraft d) {
        return d.kind() == null ? "" : d.kind().name();
    }

    private static UnitEntry entry(Readable row) {
        UUID[] members = row.get("members", UUID[].class);
        String[] categories = row.get("categories", String[].class);
        ResponderUnit unit = new ResponderUnit(row.get("id", UUID.class), row.get("name_zh", String.class),
                row.get("name_en", String.class), ResponderUnit.Kind.valueOf(row.get("kind", String.class)),
                row.get("lead_user_id", UUID.class), Boolean.TRUE.equals(row.get("active", Boolean.class)),
                members == null ? Set.of() : Set.of(members), categories == null ? Set.of() : Set.of(categories));
        return new UnitEntry(unit, row.get("version", Long.class), row.get("open", Long.class));
    }
}
