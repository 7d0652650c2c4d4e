package org.exportalliance.portal.firm;

import io.r2dbc.spi.Readable;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The alliance's firms. Names and kinds are alliance-public; everything a firm owns is scoped by its id. */
@Service
public class FirmService {

    /** The advisory lock under which the association and its first people are registered (demo or bootstrap). */
    public static final long REGISTRATION_LOCK = 7_100_001L;

    private static final String COLUMNS = "id, name_zh, name_en, kind, membership_tier, city";
    private static final java.time.Duration TAXONOMY_KEPT = java.time.Duration.ofMinutes(10);
    private final DatabaseClient db;
    private final Flux<MachineCategory> taxonomy;

    FirmService(DatabaseClient db) {
        this.db = db;
        this.taxonomy = db.sql("select code, name_zh, name_en from machine_category order by position")
                .map(row -> new MachineCategory(row.get("code", String.class), row.get("name_zh", String.class),
                        row.get("name_en", String.class)))
                .all()
                .cache(TAXONOMY_KEPT);
    }

    /** The actor's own firm. */
    public Mono<Firm> firmOf(Actor actor) {
        return db.sql("select " + COLUMNS + " from firm where id = :id").bind("id", actor.firmId())
                .map(FirmService::read).one();
    }

    public Mono<Firm> find(UUID id) {
        return db.sql("select " + COLUMNS + " from firm where id = :id").bind("id", id).map(FirmService::read).one();
    }

    /** Every firm by id: what views and exports look names up in. */
    public Mono<java.util.Map<UUID, Firm>> byId() {
        return all().collectMap(Firm::id);
    }

    public Flux<Firm> all() {
        return db.sql("select " + COLUMNS + " from firm order by kind, name_en").map(FirmService::read).all();
    }

    public Mono<Firm> create(String nameZh, String nameEn, FirmKind kind, String tier, String city) {
        UUID id = UUID.randomUUID();
        return db.sql("insert into firm (id, name_zh, name_en, kind, membership_tier, city) "
                        + "values (:id, :zh, :en, :kind, :tier, :city) returning " + COLUMNS)
                .bind("id", id).bind("zh", nameZh).bind("en", nameEn).bind("kind", kind.name())
                .bind("tier", tier).bind("city", city)
                .map(FirmService::read).one();
    }

    /** The association that runs the alliance, if it is registered. */
    public Mono<Firm> association() {
        return db.sql("select " + COLUMNS + " from firm where kind = 'ASSOCIATION' order by created_at limit 1")
                .map(FirmService::read).one();
    }

    /** Membership tiers of the given firms (alliance-public facts), by firm id. */
    public Mono<java.util.Map<UUID, String>> tiersOf(java.util.Collection<UUID> firmIds) {
        if (firmIds.isEmpty()) {
            return Mono.just(java.util.Map.of());
        }
        return db.sql("select id, membership_tier from firm where id = any(:ids)")
                .bind("ids", firmIds.toArray(UUID[]::new))
                .map(row -> java.util.Map.entry(row.get("id", UUID.class), row.get("membership_tier", String.class)))
                .all()
                .collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue);
    }

    /**
     * The machine-category taxonomy, in its display order. Only migrations change it, yet every lead saved, claim
     * made and import checked asks for it: it is read once and kept for a while.
     */
    public Flux<MachineCategory> categories() {
        return taxonomy;
    }

    /** The categories a firm makes (alliance-public, like its name). */
    public Mono<java.util.Set<String>> categoriesOf(UUID firmId) {
        return db.sql("select category from firm_category where firm_id = :firm").bind("firm", firmId)
                .map(row -> row.get("category", String.class)).all()
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Replaces what a firm makes; its own admins or staff. Unknown codes fail on the foreign key. */
    @org.springframework.transaction.annotation.Transactional
    public Mono<Void> setCategories(Actor actor, UUID firmId, java.util.Set<String> categories) {
        if (!actor.mayActFor(firmId) || !(actor.isStaff() || actor.has(Role.FIRM_ADMIN))) {
            return Mono.error(new NotPermitted());
        }
        return db.sql("delete from firm_category where firm_id = :firm").bind("firm", firmId).then()
                .thenMany(Flux.fromIterable(categories).concatMap(code -> db.sql(
                                "insert into firm_category (firm_id, category) values (:firm, :code)")
                        .bind("firm", firmId).bind("code", code).then()))
                .then();
    }

    public Mono<Long> count() {
        return db.sql("select count(*) from firm").map(row -> row.get(0, Long.class)).one();
    }

    private static Firm read(Readable row) {
        return new Firm(row.get("id", UUID.class), row.get("name_zh", String.class), row.get("name_en", String.class),
                FirmKind.valueOf(row.get("kind", String.class)), row.get("membership_tier", String.class),
                row.get("city", String.class));
    }
}
