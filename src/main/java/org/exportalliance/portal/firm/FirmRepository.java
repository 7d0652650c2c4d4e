package org.exportalliance.portal.firm;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the firms as the rest of the portal sees them, what they make, and the machine-category taxonomy. */
@Repository
class FirmRepository {

    private static final String COLUMNS = "id, name_zh, name_en, kind, membership_tier, city";

    private final DatabaseClient db;

    FirmRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<MachineCategory> taxonomy() {
        return db.sql("select code, name_zh, name_en from machine_category order by position")
                .map(row -> new MachineCategory(row.get("code", String.class), row.get("name_zh", String.class),
                        row.get("name_en", String.class)))
                .all();
    }

    Mono<Firm> find(UUID id) {
        return db.sql("select " + COLUMNS + " from firm where id = :id").bind("id", id).map(FirmRepository::read).one();
    }

    Flux<Firm> all() {
        return db.sql("select " + COLUMNS + " from firm order by kind, name_en").map(FirmRepository::read).all();
    }

    Mono<Firm> insert(UUID id, String nameZh, String nameEn, FirmKind kind, String tier, String city) {
        return db.sql("insert into firm (id, name_zh, name_en, kind, membership_tier, city) "
                        + "values (:id, :zh, :en, :kind, :tier, :city) returning " + COLUMNS)
                .bind("id", id).bind("zh", nameZh).bind("en", nameEn).bind("kind", kind.name())
                .bind("tier", tier).bind("city", city)
                .map(FirmRepository::read).one();
    }

    Mono<Firm> association() {
        return db.sql("select " + COLUMNS + " from firm where kind = 'ASSOCIATION' order by created_at limit 1")
                .map(FirmRepository::read).one();
    }

    Mono<Map<UUID, String>> tiersOf(Collection<UUID> firmIds) {
        return db.sql("select id, membership_tier from firm where id = any(:ids)")
                .bind("ids", firmIds.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("id", UUID.class), row.get("membership_tier", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    Mono<Set<String>> categoriesOf(UUID firmId) {
        return db.sql("select category from firm_category where firm_id = :firm").bind("firm", firmId)
                .map(row -> row.get("category", String.class)).all()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Mono<Void> replaceCategories(UUID firmId, Set<String> categories) {
        return db.sql("delete from firm_category where firm_id = :firm").bind("firm", firmId).then()
                .thenMany(Flux.fromIterable(categories).concatMap(code -> db.sql(
                                "insert into firm_category (firm_id, category) values (:firm, :code)")
                        .bind("firm", firmId).bind("code", code).then()))
                .then();
    }

    Mono<Long> count() {
        return db.sql("select count(*) from firm").map(row -> row.get(0, Long.class)).one();
    }

    private static Firm read(Readable row) {
        return new Firm(row.get("id", UUID.class), row.get("name_zh", String.class), row.get("name_en", String.class),
                FirmKind.valueOf(row.get("kind", String.class)), row.get("membership_tier", String.class),
                row.get("city", String.class));
    }
}
