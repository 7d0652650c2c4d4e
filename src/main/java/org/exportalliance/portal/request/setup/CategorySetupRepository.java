package org.exportalliance.portal.request.setup;

import io.r2dbc.spi.Readable;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestCategory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Request categories and their SLA targets as staff edit them, each change conditional on the version read. */
@Repository
class CategorySetupRepository {

    private static final String CATEGORY = "select code, name_zh, name_en, position, lab_test, active, version"
            + " from request_category";
    private static final String SLA = "select category_code, priority, accept_minutes, take_minutes, resolve_minutes,"
            + " version from request_sla";

    private final DatabaseClient db;

    CategorySetupRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<CategoryEntry> all() {
        return db.sql(CATEGORY + " order by position, code").map(CategorySetupRepository::category).all();
    }

    Mono<CategoryEntry> find(String code) {
        return db.sql(CATEGORY + " where code = :code").bind("code", code).map(CategorySetupRepository::category)
                .one();
    }

    /** A new active category with the seeded targets of an ordinary one (V24) for every priority, to edit next. */
    Mono<Void> insert(CategoryDraft d) {
        return db.sql("""
                        insert into request_category (code, name_zh, name_en, position)
                        values (:code, :zh, :en, :position)""")
                .bind("code", d.code()).bind("zh", d.nameZh()).bind("en", d.nameEn()).bind("position", d.position())
                .then()
                .then(db.sql("""
                                insert into request_sla (category_code, priority, accept_minutes, take_minutes,
                                                         resolve_minutes)
                                select :code, p.priority, p.accept, p.take, p.resolve
                                from (values ('URGENT', 60, 120, 1020), ('HIGH', 240, 480, 2550),
                                             ('NORMAL', 510, 1020, 5100), ('LOW', 1020, 2040, 10200))
                                     as p (priority, accept, take, resolve)""")
                        .bind("code", d.code()).then());
    }

    /** Names, place and whether it is offered; the rows changed (0: the version moved on, or no such code). */
    Mono<Long> update(String code, long version, CategoryDraft d, boolean active) {
        return db.sql("""
                        update request_category set name_zh = :zh, name_en = :en, position = :position,
                               active = :active, version = version + 1
                        where code = :code and version = :version""")
                .bind("code", code).bind("version", version).bind("zh", d.nameZh()).bind("en", d.nameEn())
                .bind("position", d.position()).bind("active", active)
                .fetch().rowsUpdated();
    }

    /** The next free place before "other" (990), for a new category's default. */
    Mono<Integer> nextPosition() {
        return db.sql("select coalesce(max(position), 0) + 10 as next from request_category where position < 980")
                .map(row -> row.get("next", Integer.class)).one();
    }

    Flux<SlaEntry> targets(String code) {
        return db.sql(SLA + " where category_code = :code").bind("code", code).map(CategorySetupRepository::sla)
                .all();
    }

    Mono<SlaEntry> target(String code, Priority priority) {
        return db.sql(SLA + " where category_code = :code and priority = :priority")
                .bind("code", code).bind("priority", priority.name()).map(CategorySetupRepository::sla).one();
    }

    Mono<Long> updateTarget(String code, Priority priority, long version, SlaDraft d) {
        return db.sql("""
                        update request_sla set accept_minutes = :accept, take_minutes = :take,
                               resolve_minutes = :resolve, version = version + 1
                        where category_code = :code and priority = :priority and version = :version""")
                .bind("code", code).bind("priority", priority.name()).bind("version", version)
                .bind("accept", d.accept()).bind("take", d.take()).bind("resolve", d.resolve())
                .fetch().rowsUpdated();
    }

    private static CategoryEntry category(Readable row) {
        return new CategoryEntry(new RequestCategory(row.get("code", String.class), row.get("name_zh", String.class),
                row.get("name_en", String.class), row.get("position", Integer.class),
                Boolean.TRUE.equals(row.get("lab_test", Boolean.class)),
                Boolean.TRUE.equals(row.get("active", Boolean.class))), row.get("version", Long.class));
    }

    private static SlaEntry sla(Readable row) {
        return new SlaEntry(row.get("category_code", String.class),
                Priority.valueOf(row.get("priority", String.class)),
                new SlaDraft(row.get("accept_minutes", Integer.class), row.get("take_minutes", Integer.class),
                        row.get("resolve_minutes", Integer.class)), row.get("version", Long.class));
    }
}
