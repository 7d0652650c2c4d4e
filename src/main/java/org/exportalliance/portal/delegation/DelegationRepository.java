package org.exportalliance.portal.delegation;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for delegations. Capacity only ever changes through {@link #take} and {@link #release}: conditional updates
 * whose WHERE clause and the table's CHECK constraints keep every unit within its capacity under any concurrency.
 * Whoever changes which applications hold capacity first takes the delegation's row lock ({@link #lock}), so those
 * changes happen one after the other per delegation, always in the same lock order (delegation, then applications);
 * a deferred constraint trigger checks at commit that the counters equal what the applications hold (V18).
 */
@Repository
class DelegationRepository {

    private static final String COLUMNS = "id, fair_id, title_zh, title_en, organiser, applications_open, "
            + "applications_close, firm_slots, area_m2, seats, used_slots, used_area_m2, used_seats, policy, "
            + "fee_per_firm_cny, fee_per_m2_cny, status, cancel_reason, version";

    private final DatabaseClient db;

    DelegationRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Delegation> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from delegation where id = :id").bind("id", id)
                .map(DelegationRepository::read).one();
    }

    /**
     * The delegation, read under its row lock ({@code for no key update}), which the transaction keeps until it ends:
     * the places it then reads and changes are nobody else's to change meanwhile. Foreign keys to the delegation
     * (inserting an application) take a weaker lock that does not wait for it.
     */
    Mono<Delegation> lock(UUID id) {
        return db.sql("select " + COLUMNS + " from delegation where id = :id for no key update").bind("id", id)
                .map(DelegationRepository::read).one();
    }

    /** A delegation read under its row lock, with the head of its waitlist as it stands under that lock. */
    record Locked(Delegation delegation, Optional<ApplicationRepository.Head> head) {}

    /**
     * As {@link #lock}, and the head of the waitlist in the same statement: what FIFO decides a newcomer on. Nobody
     * changes the waitlist without this row lock, so the head stays what was read until the transaction ends.
     */
    Mono<Locked> lockWithHead(UUID id) {
        return db.sql("select d." + COLUMNS.replace(", ", ", d.") + ", h.id as head_id, "
                        + "h.passed_over as head_passed_over from delegation d left join lateral ("
                        + ApplicationRepository.headOf("d.id") + ") h on true where d.id = :id for no key update of d")
                .bind("id", id)
                .map(row -> {
                    UUID head = row.get("head_id", UUID.class);
                    return new Locked(read(row), head == null ? Optional.empty()
                            : Optional.of(new ApplicationRepository.Head(head,
                                    row.get("head_passed_over", Short.class).intValue())));
                })
                .one();
    }

    Flux<Delegation> findAll(@Nullable DelegationStatus status, int limit) {
        String where = status == null ? "" : " where status = :status";
        DatabaseClient.GenericExecuteSpec spec = db.sql("select " + COLUMNS + " from delegation" + where
                + " order by applications_close desc, id limit :limit").bind("limit", limit);
        if (status != null) {
            spec = spec.bind("status", status.name());
        }
        return spec.map(DelegationRepository::read).all();
    }

    /** A page of every delegation, in the order of {@link #findAll}. */
    Flux<Delegation> page(int offset, int limit) {
        return db.sql("select " + COLUMNS + " from delegation order by applications_close desc, id "
                        + "limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset)
                .map(DelegationRepository::read).all();
    }

    Mono<Long> count() {
        return db.sql("select count(*) from delegation").map(row -> row.get(0, Long.class)).one();
    }

    Mono<Delegation> insert(UUID id, DelegationDraft d, @Nullable UUID createdBy, Instant now) {
        return db.sql("insert into delegation (id, fair_id, title_zh, title_en, organiser, applications_open, "
                        + "applications_close, firm_slots, area_m2, seats, policy, fee_per_firm_cny, fee_per_m2_cny, "
                        + "created_by, created_at, updated_at) values (:id, :fair, :zh, :en, :organiser, :open, :close, "
                        + ":slots, :area, :seats, :policy, :feeFirm, :feeM2, :by, :now, :now) returning " + COLUMNS)
                .bind("id", id)
                .bind("fair", d.fairId())
                .bind("zh", d.titleZh().strip())
                .bind("en", d.titleEn().strip())
                .bind("organiser", d.organiser().strip())
                .bind("open", utc(d.applicationsOpen()))
                .bind("close", utc(d.applicationsClose()))
                .bind("slots", d.firmSlots())
                .bind("area", d.areaM2())
                .bind("seats", d.seats())
                .bind("policy", d.policy().name())
                .bind("feeFirm", d.feePerFirmCny() == null ? BigDecimal.ZERO : d.feePerFirmCny())
                .bind("feeM2", d.feePerM2Cny() == null ? BigDecimal.ZERO : d.feePerM2Cny())
                .bind("by", Parameter.fromOrEmpty(createdBy, UUID.class))
                .bind("now", utc(now))
                .map(DelegationRepository::read).one();
    }

    /**
     * Empty when the delegation is no longer in {@code from} (moved meanwhile). {@code cancelReason} is kept when
     * {@code to} is CANCELLED (the schema requires it then, and only then).
     */
    Mono<Delegation> moveStatus(UUID id, DelegationStatus from, DelegationStatus to, @Nullable String cancelReason,
            Instant now) {
        return db.sql("update delegation set status = :to, cancel_reason = :reason, version = version + 1, "
                        + "updated_at = :now where id = :id and status = :from returning " + COLUMNS)
                .bind("to", to.name()).bind("from", from.name()).bind("id", id).bind("now", utc(now))
                .bind("reason", Parameter.fromOrEmpty(to == DelegationStatus.CANCELLED ? cancelReason : null,
                        String.class))
                .map(DelegationRepository::read).one();
    }

    /**
     * Takes {@code request} from the remaining capacity if it fits in every unit; empty when it does not. The row
     * lock serialises concurrent takers; the CHECK constraints would refuse an overbooking even if this WHERE
     * clause were wrong.
     */
    Mono<Delegation> take(UUID id, Capacity request, Instant now) {
        return db.sql("update delegation set used_slots = used_slots + :slots, used_area_m2 = used_area_m2 + :area, "
                        + "used_seats = used_seats + :seats, updated_at = :now where id = :id "
                        + "and used_slots + :slots <= firm_slots and used_area_m2 + :area <= area_m2 "
                        + "and used_seats + :seats <= seats returning " + COLUMNS)
                .bind("slots", request.slots()).bind("area", request.areaM2()).bind("seats", request.seats())
                .bind("id", id).bind("now", utc(now))
                .map(DelegationRepository::read).one();
    }

    Mono<Delegation> release(UUID id, Capacity held, Instant now) {
        return db.sql("update delegation set used_slots = used_slots - :slots, used_area_m2 = used_area_m2 - :area, "
                        + "used_seats = used_seats - :seats, updated_at = :now where id = :id returning " + COLUMNS)
                .bind("slots", held.slots()).bind("area", held.areaM2()).bind("seats", held.seats())
                .bind("id", id).bind("now", utc(now))
                .map(DelegationRepository::read).one();
    }

    /**
     * Sets the capacity; empty when the delegation changed since {@code expectedVersion}. Capacity below what is
     * already held is refused by the CHECK constraints.
     */
    Mono<Delegation> resize(UUID id, long expectedVersion, Capacity capacity, Instant now) {
        return db.sql("update delegation set firm_slots = :slots, area_m2 = :area, seats = :seats, "
                        + "version = version + 1, updated_at = :now where id = :id and version = :version returning "
                        + COLUMNS)
                .bind("slots", capacity.slots()).bind("area", capacity.areaM2()).bind("seats", capacity.seats())
                .bind("now", utc(now)).bind("id", id).bind("version", expectedVersion)
                .map(DelegationRepository::read).one();
    }

    Mono<java.util.Map<String, Integer>> quotas(UUID delegationId) {
        return db.sql("select tier, max_slots from delegation_tier_quota where delegation_id = :id")
                .bind("id", delegationId)
                .map(row -> java.util.Map.entry(row.get("tier", String.class), row.get("max_slots", Integer.class)))
                .all()
                .collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue);
    }

    Mono<Void> replaceQuotas(UUID delegationId, java.util.Map<String, Integer> quotas) {
        return db.sql("delete from delegation_tier_quota where delegation_id = :id").bind("id", delegationId).then()
                .thenMany(Flux.fromIterable(quotas.entrySet()).concatMap(q -> db.sql(
                                "insert into delegation_tier_quota (delegation_id, tier, max_slots) values (:id, :tier, :max)")
                        .bind("id", delegationId).bind("tier", q.getKey()).bind("max", q.getValue()).then()))
                .then();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Delegation read(Readable row) {
        return new Delegation(
                row.get("id", UUID.class),
                row.get("fair_id", UUID.class),
                row.get("title_zh", String.class),
                row.get("title_en", String.class),
                row.get("organiser", String.class),
                row.get("applications_open", OffsetDateTime.class).toInstant(),
                row.get("applications_close", OffsetDateTime.class).toInstant(),
                new Capacity(row.get("firm_slots", Integer.class), row.get("area_m2", BigDecimal.class),
                        row.get("seats", Integer.class)),
                new Capacity(row.get("used_slots", Integer.class), row.get("used_area_m2", BigDecimal.class),
                        row.get("used_seats", Integer.class)),
                AllocationPolicy.valueOf(row.get("policy", String.class)),
                row.get("fee_per_firm_cny", BigDecimal.class),
                row.get("fee_per_m2_cny", BigDecimal.class),
                DelegationStatus.valueOf(row.get("status", String.class)),
                row.get("cancel_reason", String.class),
                row.get("version", Long.class));
    }
}
